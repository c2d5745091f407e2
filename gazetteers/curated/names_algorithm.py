"""Algorithm, second list (issue #16): more named algorithms — sorting, searching, graph,
string, cryptographic, compression, numerical, graphics, machine-learning and distributed
algorithms — written by the wsl maintainers from general knowledge. ``CASED``: proper names
and acronyms; ``UNCASED``: technique names matched ignoring case, '-'/'_'/spacing and a
plural 's'."""

TYPE = "Algorithm"
SOURCE = "names"

CASED = """
Bellman–Ford
Floyd–Warshall
Edmonds–Karp algorithm
Ford–Fulkerson algorithm
Hopcroft–Karp algorithm
Hungarian algorithm
Johnson's algorithm
Tarjan's algorithm
Kosaraju's algorithm
Borůvka's algorithm
Karger's algorithm
Kahn's algorithm
HITS algorithm
Aho–Corasick algorithm
Boyer–Moore
Knuth–Morris–Pratt
KMP algorithm
Smith–Waterman algorithm
Needleman–Wunsch algorithm
Manacher's algorithm
Blowfish
Twofish
Serpent
RC4
RC5
RC6
ChaCha20
Salsa20
Poly1305
Camellia
CAST-128
Skipjack
RIPEMD-160
Whirlpool
BLAKE2
BLAKE3
bcrypt
scrypt
Argon2
PBKDF2
HKDF
EdDSA
Ed25519
Curve25519
X25519
ElGamal
Rijndael
Keccak
SipHash
MurmurHash
CityHash
xxHash
FNV
SHA-0
SHA-224
SHA-384
SHA3-256
MD2
MD6
GOST
3DES
TEA
XTEA
XXTEA
IDEA
Lucifer
Enigma
Vigenère cipher
Caesar cipher
One-time pad
LZSS
LZX
LZMA2
PPM
bzip2
Burrows–Wheeler
DCT
MDCT
DFT
Cooley–Tukey FFT algorithm
Goertzel algorithm
Kalman filter
Viterbi
Baum–Welch algorithm
Metropolis–Hastings algorithm
Gibbs sampling
Runge–Kutta methods
Newton–Raphson
Gauss–Seidel method
Jacobi method
Cholesky decomposition
Strassen algorithm
Karatsuba algorithm
Schönhage–Strassen algorithm
Miller–Rabin primality test
AKS primality test
Pollard's rho algorithm
Shor's algorithm
Grover's algorithm
Bresenham's line algorithm
Xiaolin Wu's line algorithm
Floyd–Steinberg dithering
Sutherland–Hodgman algorithm
Cohen–Sutherland algorithm
Catmull–Rom spline
De Casteljau's algorithm
Marching cubes
Mersenne Twister
Lamport's bakery algorithm
Peterson's algorithm
Dekker's algorithm
Banker's algorithm
Nagle's algorithm
Karn's algorithm
TCP Vegas
TCP Reno
TCP Tahoe
CUBIC
BBR
AdaBoost
XGBoost
DBSCAN
OPTICS
t-SNE
UMAP
SVD
LDA
EM algorithm
Q-learning
SARSA
word2vec
Word2vec
GloVe
BERT
GPT
ResNet
AlexNet
VGGNet
LeNet
YOLO
GAN
RNN
GRU
MCTS
SIFT
SURF
RANSAC
HOG
Canny edge detector
Sobel operator
Hough transform
Lanczos resampling
Chandy–Lamport algorithm
Bully algorithm
Ricart–Agrawala algorithm
Lamport timestamps
Vector clock
Two-phase commit
Three-phase commit
"""

UNCASED = """
bogosort
cocktail shaker sort
gnome sort
comb sort
smoothsort
patience sorting
pancake sorting
bitonic sorter
odd–even sort
odd-even sort
tree sort
cycle sort
library sort
strand sort
pigeonhole sort
spreadsort
block sort
flashsort
sample sort
external sorting
exponential search
jump search
Fibonacci search
iterative deepening depth-first search
bidirectional search
uniform-cost search
Las Vegas algorithm
Monte Carlo algorithm
union by rank
path compression
Fisher–Yates shuffle
reservoir sampling
consistent hashing
rendezvous hashing
cuckoo hashing
linear probing
quadratic probing
double hashing
open addressing
perfect hashing
universal hashing
Bloom filter lookup
mark and sweep
mark-and-sweep
tracing garbage collection
reference counting
generational garbage collection
copying collector
least recently used
first-come, first-served
shortest job first
earliest deadline first
rate-monotonic scheduling
multilevel feedback queue
completely fair scheduler
lottery scheduling
token bucket
leaky bucket
exponential backoff
slow start
congestion avoidance
fast retransmit
Diffie–Hellman key exchange
key derivation function
message authentication code
cyclic redundancy check algorithm
conjugate gradient method
interior-point method
simplex algorithm
Nelder–Mead method
gradient boosting
bagging
boosting
k-medoids
mean shift
spectral clustering
affinity propagation
linear discriminant analysis
independent component analysis
non-negative matrix factorization
latent Dirichlet allocation
latent semantic analysis
collaborative filtering
matrix factorization
beam search decoding
forward–backward algorithm
belief propagation
variational inference
Markov chain Monte Carlo
particle filter
particle swarm optimization
ant colony optimization
tabu search
differential evolution
genetic programming
neuroevolution
backpropagation through time
dropout
batch normalization
attention mechanism
self-attention
convolutional layer
autoencoder
variational autoencoder
generative adversarial network
deep belief network
restricted Boltzmann machine
Boltzmann machine
Hopfield network
self-organizing map
multilayer perceptron
perceptron
radial basis function network
bilinear filtering
trilinear filtering
anisotropic filtering
mipmapping
normal mapping
parallax mapping
shadow mapping
ambient occlusion
screen space ambient occlusion
global illumination
path tracing
ray casting
ray marching
radiosity
photon mapping
deferred shading
painter's algorithm
binary space partitioning
level of detail
frustum culling
occlusion culling
back-face culling
alpha compositing
alpha blending
chroma subsampling
motion compensation
inter frame
intra-frame coding
entropy coding
range coding
asymmetric numeral systems
Golomb coding
Elias gamma coding
Shannon–Fano coding
adaptive Huffman coding
move-to-front transform
byte pair encoding
dictionary coder
sliding window compression
"""
