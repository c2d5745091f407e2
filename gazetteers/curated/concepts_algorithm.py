"""Algorithm, concept list (issue #16): algorithmic techniques and methods -- design paradigms,
sorting, searching, graph, string, parsing, numerical, optimisation, signal-processing,
compression, cryptographic, distributed, machine-learning, computer-vision, graphics-rendering
and computational-geometry methods -- written by the wsl maintainers from general knowledge.
``UNCASED``: matched ignoring case, '-'/'_'/spacing and a plural 's'."""

TYPE = "Algorithm"
SOURCE = "concepts"

UNCASED = """
# algorithm design paradigms and classes of algorithms
brute-force search
exhaustive search
decrease and conquer
heuristic algorithm
metaheuristic
deterministic algorithm
nondeterministic algorithm
probabilistic algorithm
quantum algorithm
streaming algorithm
external memory algorithm
cache-oblivious algorithm
in-place algorithm
non-blocking algorithm
iterative method
kernel method
kernel trick
selection algorithm
merge algorithm
encryption algorithm
cryptographic algorithm
shortest path algorithm
maze generation algorithm
graph traversal
tree traversal
string-search algorithm
phonetic algorithm
eigenvalue algorithm
root-finding algorithm
multiplication algorithm
division algorithm
primality test
cache replacement policy
# sorting and selection
comparison sort
sorting network
quickselect
median of medians
bitonic sort
schwartzian transform
# searching and game-tree search
sequential search
golden-section search
a* search
iterative deepening a*
negamax
dancing links
algorithm x
# graph algorithms
topological ordering
cycle detection
floyd's cycle-finding algorithm
flood fill
dinic's algorithm
push–relabel maximum flow algorithm
blossom algorithm
christofides algorithm
reverse-delete algorithm
boruvka's algorithm
bron–kerbosch algorithm
bron-kerbosch algorithm
hierholzer's algorithm
gale–shapley algorithm
gale-shapley algorithm
kernighan–lin algorithm
louvain method
girvan–newman algorithm
force-directed graph drawing
yen's algorithm
contraction hierarchies
nearest neighbour algorithm
2-opt
lin–kernighan heuristic
held–karp algorithm
# string algorithms and string metrics
longest common subsequence
longest common substring
longest increasing subsequence
sequence alignment
multiple sequence alignment
approximate string matching
damerau–levenshtein distance
damerau-levenshtein distance
jaro–winkler distance
jaro-winkler distance
boyer–moore–horspool algorithm
boyer-moore-horspool algorithm
ukkonen's algorithm
soundex
metaphone
porter stemmer
unicode collation algorithm
dynamic time warping
# parsing and automata
lr parser
ll parser
lalr parser
glr parser
earley parser
cyk algorithm
cocke–younger–kasami algorithm
cocke-younger-kasami algorithm
recursive descent parser
packrat parser
shunting-yard algorithm
thompson's construction
powerset construction
dfa minimization
# root finding and optimisation
bisection method
secant method
regula falsi
fixed-point iteration
brent's method
horner's method
quasi-newton method
broyden–fletcher–goldfarb–shanno algorithm
bfgs
l-bfgs
levenberg–marquardt algorithm
levenberg-marquardt algorithm
gauss–newton algorithm
gauss-newton algorithm
trust region
line search
coordinate descent
frank–wolfe algorithm
sequential quadratic programming
quadratic programming
nonlinear programming
convex optimization
stochastic optimization
cutting-plane method
branch and cut
ellipsoid method
karmarkar's algorithm
hungarian method
downhill simplex method
bayesian optimization
hyperparameter optimization
evolution strategy
covariance matrix adaptation evolution strategy
cma-es
cross-entropy method
quantum annealing
evolutionary computation
adagrad
rmsprop
# numerical linear algebra
eigendecomposition
eigenvalue decomposition
power iteration
lanczos algorithm
qr algorithm
householder transformation
givens rotation
gram–schmidt process
gram-schmidt process
gauss–jordan elimination
gauss-jordan elimination
row reduction
cholesky factorization
lu factorization
qr factorization
matrix decomposition
multigrid method
matrix chain multiplication
ordinary least squares
# differential equations, numerical integration and interpolation
euler method
runge-kutta method
verlet integration
finite difference method
finite element method
finite volume method
barnes–hut simulation
fast multipole method
monte carlo integration
quasi-monte carlo method
monte carlo simulation
gaussian quadrature
simpson's rule
numerical differentiation
automatic differentiation
polynomial interpolation
spline interpolation
nearest-neighbor interpolation
bicubic interpolation
trilinear interpolation
curve fitting
# computer arithmetic and number theory
kahan summation algorithm
fast inverse square root
exponentiation by squaring
modular exponentiation
binary gcd algorithm
booth's multiplication algorithm
toom–cook multiplication
toom-cook multiplication
long multiplication
long division
trial division
quadratic sieve
# random numbers, sampling and hashing
pseudorandom number generator
linear congruential generator
xorshift
blum blum shub
cryptographically secure pseudorandom number generator
random number generation
knuth shuffle
metropolis-hastings algorithm
importance sampling
rejection sampling
inverse transform sampling
box–muller transform
box-muller transform
hyperloglog
minhash
locality-sensitive hashing
feature hashing
hopscotch hashing
robin hood hashing
extendible hashing
linear hashing
separate chaining
# signal processing and transforms
fast wavelet transform
discrete wavelet transform
short-time fourier transform
hilbert transform
modified discrete cosine transform
digital filter
finite impulse response
infinite impulse response
median filter
gaussian filter
gaussian blur
box blur
unsharp masking
extended kalman filter
unscented kalman filter
upsampling
downsampling
oversampling
delta-sigma modulation
adaptive differential pulse-code modulation
differential pulse-code modulation
linear predictive coding
pulse-width modulation
quadrature amplitude modulation
phase-shift keying
frequency-shift keying
phase vocoder
frequency modulation synthesis
# data compression and entropy coding
lempel–ziv
lempel-ziv
lempel–ziv–markov chain algorithm
lempel–ziv–storer–szymanski
prediction by partial matching
context mixing
context-adaptive binary arithmetic coding
context-adaptive variable-length coding
exponential-golomb coding
variable-length code
prefix code
huffman code
canonical huffman code
transform coding
fractal compression
lossless data compression
data deduplication
vector quantization
# cryptography
advanced encryption standard
data encryption standard
triple data encryption algorithm
international data encryption algorithm
tiny encryption algorithm
secure hash algorithm
rsa cryptosystem
rsa algorithm
aes-128
aes-256
digital signature algorithm
elliptic curve digital signature algorithm
edwards-curve digital signature algorithm
elgamal encryption
schnorr signature
secret sharing
shamir's secret sharing
homomorphic encryption
fully homomorphic encryption
zero-knowledge proof
secure multi-party computation
post-quantum cryptography
lattice-based cryptography
identity-based encryption
attribute-based encryption
authenticated encryption
galois/counter mode
block cipher mode of operation
cipher block chaining
ccm mode
cbc-mac
chacha20-poly1305
feistel cipher
substitution–permutation network
key stretching
one-way function
trapdoor function
merkle–damgård construction
merkle-damgård construction
sponge function
hash chain
hash-based message authentication code
symmetric-key cryptography
asymmetric cryptography
public-key encryption
substitution cipher
transposition cipher
playfair cipher
rot13
# distributed systems, concurrency and databases
leader election
snapshot algorithm
logical clock
lamport clock
operational transformation
state machine replication
practical byzantine fault tolerance
hashcash
two-phase locking
write-ahead logging
shadow paging
read-copy-update
work stealing
prefix sum
hash join
sort-merge join
nested loop join
# operating systems, memory management and networking
least frequently used
adaptive replacement cache
belady's algorithm
bélády's algorithm
buddy memory allocation
slab allocation
tri-color marking
fixed-priority pre-emptive scheduling
shortest remaining time
priority inheritance
elevator algorithm
random early detection
weighted fair queueing
fair queuing
tcp congestion control
additive increase/multiplicative decrease
longest prefix match
# information retrieval and natural language processing (methods; tasks such as named-entity
# recognition or summarization are not algorithms and are left out)
okapi bm25
vector space model
latent semantic indexing
learning to rank
tf–idf
tf-idf
bag-of-words model
statistical machine translation
neural machine translation
# logic, constraint solving and rule-based inference
dpll algorithm
conflict-driven clause learning
rete algorithm
backward chaining
forward chaining
constraint propagation
# machine learning: paradigms and tasks
semi-supervised learning
self-supervised learning
weak supervision
transfer learning
online machine learning
federated learning
meta-learning
zero-shot learning
ensemble learning
feature learning
multi-task learning
deep reinforcement learning
imitation learning
inverse reinforcement learning
dimensionality reduction
feature selection
cross-validation
early stopping
data augmentation
knowledge distillation
# machine learning: models and methods
naive bayes
k-nearest neighbors
k-nearest neighbour algorithm
id3 algorithm
c4.5 algorithm
isolation forest
local outlier factor
bootstrap aggregating
gaussian process
gaussian mixture model
mixture model
bayesian network
markov model
markov random field
conditional random field
markov decision process
partially observable markov decision process
maximum likelihood estimation
maximum a posteriori estimation
expectation–maximization
expectation-maximization
kernel density estimation
ridge regression
lasso regression
elastic net regularization
polynomial regression
nonlinear regression
multinomial logistic regression
generalized linear model
factor analysis
multidimensional scaling
isomap
locally linear embedding
kernel principal component analysis
t-distributed stochastic neighbor embedding
uniform manifold approximation and projection
learning vector quantization
fuzzy clustering
k-means++
lloyd's algorithm
hdbscan
density-based spatial clustering of applications with noise
association rule learning
apriori algorithm
value iteration
policy iteration
temporal difference learning
policy gradient method
proximal policy optimization
reinforcement learning from human feedback
thompson sampling
hebbian learning
# neural networks
feedforward neural network
deep neural network
spiking neural network
graph neural network
residual neural network
siamese neural network
gated recurrent unit
bidirectional recurrent neural network
u-net
vision transformer
generative pre-trained transformer
bidirectional encoder representations from transformers
large language model
language model
seq2seq
mixture of experts
diffusion model
normalizing flow
neural radiance field
generative model
discriminative model
activation function
rectified linear unit
softmax function
layer normalization
pooling layer
# computer vision and image processing
image registration
optical flow
lucas–kanade method
lucas-kanade method
horn–schunck method
structure from motion
simultaneous localization and mapping
template matching
corner detection
harris corner detector
feature detection
canny edge detection
histogram equalization
otsu's method
connected-component labeling
mathematical morphology
distance transform
image stitching
super-resolution imaging
image scaling
demosaicing
color quantization
ordered dithering
error diffusion
chroma key
seam carving
inpainting
bilateral filter
gabor filter
difference of gaussians
scale-invariant feature transform
speeded up robust features
histogram of oriented gradients
viola–jones object detection framework
viola-jones object detection framework
active contour model
level-set method
random sample consensus
iterative closest point
3d reconstruction
motion estimation
block-matching algorithm
# computer graphics: rendering, shading and modelling
3d projection
hidden-surface determination
hidden-line removal
order-independent transparency
shadow volume
displacement mapping
environment mapping
cube mapping
reflection mapping
blinn–phong reflection model
blinn-phong reflection model
phong reflection model
lambertian reflectance
flat shading
cel shading
physically based rendering
image-based lighting
image-based rendering
volume rendering
volume ray casting
gaussian splatting
texture filtering
texture synthesis
procedural texture
supersampling
multisample anti-aliasing
fast approximate anti-aliasing
temporal anti-aliasing
high-dynamic-range rendering
tone mapping
subsurface scattering
tessellation
subdivision surface
catmull–clark subdivision surface
catmull-clark subdivision surface
perlin noise
simplex noise
worley noise
diamond-square algorithm
procedural generation
particle system
inverse kinematics
forward kinematics
skeletal animation
morph target animation
line clipping
polygon clipping
midpoint circle algorithm
digital differential analyzer
möller–trumbore intersection algorithm
# computational geometry and physics simulation
delaunay triangulation
polygon triangulation
convex hull algorithm
graham scan
gift wrapping algorithm
quickhull
chan's algorithm
bowyer–watson algorithm
bowyer-watson algorithm
fortune's algorithm
point in polygon
bentley–ottmann algorithm
rotating calipers
ramer–douglas–peucker algorithm
ramer-douglas-peucker algorithm
mesh generation
mesh simplification
marching squares
constructive solid geometry
sweep and prune
"""
