"""Data_Structure, concept list (issue #16): abstract data types and concrete data structures --
arrays, lists, heaps, trees, tries, spatial and succinct structures, graph and mesh
representations, probabilistic filters, and the table- and buffer-like structures of runtimes,
databases and graphics -- written by the wsl maintainers from general knowledge. ``UNCASED``:
matched ignoring case, '-'/'_'/spacing and a plural 's'."""

TYPE = "Data_Structure"
SOURCE = "concepts"

UNCASED = """
# abstract data types and data types
composite data type
discriminated union
struct
multimap
bidirectional map
hash set
bitset
sorted array
double-ended priority queue
circular queue
bucket queue
calendar queue
spaghetti stack
cactus stack
parent pointer tree
# arrays and buffers
array of structures
structure of arrays
array data structure
array data type
variable-length array
two-dimensional array
ragged array
resizable array
static array
hashed array tree
judy array
dope vector
iliffe vector
gap buffer
piece table
null-terminated string
# lists
cons cell
multiply linked list
self-organizing list
difference list
association list
doubly connected edge list
# heaps
skew binomial heap
pairing heap
leftist tree
leftist heap
skew heap
d-ary heap
min-max heap
soft heap
weak heap
brodal queue
radix heap
strict fibonacci heap
# trees: general and binary
sentinel node
randomized binary search tree
k-ary tree
m-ary tree
complete binary tree
full binary tree
balanced binary tree
balanced binary search tree
optimal binary search tree
threaded binary tree
left-child right-sibling binary tree
binary expression tree
order statistic tree
weight-balanced tree
scapegoat tree
aa tree
tango tree
t-tree
top tree
link/cut tree
link-cut tree
euler tour tree
cartesian tree
tournament tree
left-leaning red–black tree
left-leaning red-black tree
2-3-4 tree
concrete syntax tree
and–or tree
and-or tree
# tries and string structures
prefix tree
radix trie
compressed trie
bitwise trie
suffix trie
patricia trie
crit-bit tree
hash array mapped trie
ctrie
x-fast trie
y-fast trie
fusion tree
suffix automaton
directed acyclic word graph
fm-index
wavelet tree
compressed suffix array
longest common prefix array
# b-trees and storage structures
inverted file
posting list
forward index
dancing tree
log-structured merge-tree
lsm tree
fractal tree index
generalized search tree
htree
bitmap index
# spatial and metric trees
r+ tree
r* tree
hilbert r-tree
m-tree
vantage-point tree
vp-tree
ball tree
cover tree
bk-tree
metric tree
range tree
priority search tree
grid file
spatial index
bounding volume hierarchy
bsp tree
sparse voxel octree
# graph and geometry representations
triangle mesh
graph-structured stack
incidence list
compressed sparse row
sparse matrix
binary decision diagram
zero-suppressed decision diagram
and-inverter graph
control-flow graph
call graph
abstract semantic graph
polygon mesh
winged edge
half-edge data structure
quad-edge
# hashing and probabilistic structures
concurrent hash table
counting bloom filter
quotient filter
cuckoo filter
count sketch
count-min sketch
skip graph
transposition table
# functional, persistent and concurrent structures
purely functional data structure
finger tree
retroactive data structure
succinct data structure
implicit data structure
concurrent data structure
conflict-free replicated data type
disjoint-set forest
union-find
partition refinement
sparse table
# system tables and runtime structures
stack frame
activation record
inverted page table
virtual method table
dispatch table
branch table
jump table
global offset table
# graphics buffers and maps
depth buffer
stencil buffer
g-buffer
mipmap
heightmap
"""
