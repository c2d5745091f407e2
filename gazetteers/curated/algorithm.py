"""Algorithm: named algorithms and methods, and — following the Wikipedia-category
convention of the WikiSER schema — numerical, signal/image-processing, coding and
machine-learning techniques. Curated by the wsl maintainers from general knowledge."""

TYPE = "Algorithm"

# Proper names and acronyms: matched case-sensitively.
CASED = """
# compression algorithms and their formats, like DEFLATE and LZMA below
Zstandard
LZ4
Brotli
Snappy
LZO
LZFSE
Zopfli
A*
AES
Adam
BFS
CORDIC
DEFLATE
DES
DFS
DSA
ECDSA
FFT
HMAC
Huffman
LSTM
LZ77
LZ78
LZMA
LZW
MD4
MD5
PageRank
RLE
RSA
SHA-1
SHA-2
SHA-256
SHA-3
SHA-512
SVM
Triple DES
VP8
VP9
k-means
k-NN
"""

# Generic technique names: matched case-insensitively, hyphen/space-insensitive, plural.
UNCASED = """
sorting algorithm
graph algorithm
greedy algorithm
genetic algorithm
evolutionary algorithm
memetic algorithm
randomized algorithm
approximation algorithm
online algorithm
parallel algorithm
distributed algorithm
string-searching algorithm
pathfinding
quicksort
merge sort
mergesort
heapsort
heap sort
insertion sort
selection sort
bubble sort
shell sort
radix sort
counting sort
bucket sort
timsort
introsort
topological sort
topological sorting
sorting
binary search
linear search
interpolation search
depth-first search
breadth-first search
best-first search
beam search
Dijkstra's algorithm
Bellman–Ford algorithm
Bellman-Ford algorithm
Floyd–Warshall algorithm
Floyd-Warshall algorithm
Kruskal's algorithm
Prim's algorithm
A* search algorithm
minimax
alpha-beta pruning
alpha–beta pruning
Monte Carlo tree search
Monte Carlo method
simulated annealing
hill climbing
gradient descent
stochastic gradient descent
backpropagation
Newton's method
Euclidean algorithm
extended Euclidean algorithm
sieve of Eratosthenes
Fourier transform
fast Fourier transform
discrete Fourier transform
discrete cosine transform
wavelet transform
Laplace transform
Z-transform
convolution
interpolation
linear interpolation
bilinear interpolation
extrapolation
rounding
truncation
dynamic programming
divide and conquer
divide-and-conquer algorithm
backtracking
memoization
branch and bound
linear programming
integer programming
floating point
floating-point arithmetic
fixed-point arithmetic
arbitrary-precision arithmetic
two's complement
bitwise operation
numerical integration
Gaussian elimination
LU decomposition
QR decomposition
singular value decomposition
principal component analysis
matrix multiplication
permutation
bijection
checksum algorithm
hash algorithm
cryptographic hash function
public-key cryptography
symmetric-key algorithm
block cipher
stream cipher
digital signature
elliptic-curve cryptography
S-box
Rabin fingerprint
Rabin–Karp algorithm
Knuth–Morris–Pratt algorithm
Boyer–Moore string-search algorithm
Levenshtein distance
edit distance
regular expression matching
string matching
data compression
lossless compression
lossy compression
Huffman coding
arithmetic coding
run-length encoding
Lempel–Ziv–Welch
Burrows–Wheeler transform
delta encoding
entropy encoding
dithering
anti-aliasing
ray tracing
rasterization
scanline rendering
texture mapping
bump mapping
shading
Phong shading
Gouraud shading
z-buffering
image processing
digital image processing
signal processing
digital signal processing
image compression
audio compression
edge detection
image segmentation
feature extraction
pattern recognition
optical character recognition
natural language processing
deep learning
supervised learning
unsupervised learning
reinforcement learning
decision tree learning
random forest
support vector machine
naive Bayes classifier
k-nearest neighbors algorithm
k-means clustering
clustering
cluster analysis
hierarchical clustering
linear regression
logistic regression
regression analysis
Bayesian inference
Markov chain
hidden Markov model
Viterbi algorithm
expectation–maximization algorithm
long short-term memory
recurrent neural network
convolutional neural network
transformer
word embedding
pixel
pixel density
subpixel rendering
color depth
gamma correction
focal length
image sensor
bandwidth
sampling rate
quantization
pulse-code modulation
frequency modulation
amplitude modulation
load balancing
scheduling algorithm
round-robin scheduling
page replacement algorithm
consensus algorithm
Paxos
Raft
Byzantine fault tolerance
proof of work
proof of stake
MapReduce
color space
colour space
raster graphics
point cloud
affine transformation
transcoding
mean squared error
trapezoidal rule
nearest neighbor search
nearest neighbour search
relational algebra
sweep line algorithm
rehashing
shift-and-add algorithm
full-frame
lens mount
exposure value
shutter speed
aperture
"""
