"""Data_Structure: abstract data types and concrete data structures, plus the table-like
structures (palettes, lookup tables, indexes) the WikiSER schema files under data
structures. Curated by the wsl maintainers from general knowledge."""

TYPE = "Data_Structure"

CASED = """
# "trie" here, not in UNCASED: the plural option would match the verb "tries"
trie
AST
DAG
LCP array
"""

UNCASED = """
array
arrays
bit array
bit field
bitboard
dynamic array
sparse array
associative array
parallel array
jagged array
multidimensional array
matrix representation
row-major order
column-major order
linked list
singly linked list
doubly linked list
circular linked list
skip list
unrolled linked list
XOR linked list
free list
adjacency list
adjacency matrix
incidence matrix
call stack
priority queue
double-ended queue
deque
circular buffer
ring buffer
binary heap
binomial heap
Fibonacci heap
min-heap
max-heap
tree structure
binary tree
binary search tree
self-balancing binary search tree
balanced tree
AVL tree
red–black tree
red-black tree
splay tree
B-tree
B+ tree
B*-tree
2–3 tree
2-3 tree
2–3–4 tree
radix tree
Patricia tree
suffix tree
suffix array
generalized suffix tree
ternary search tree
k-d tree
quadtree
octree
R-tree
segment tree
interval tree
Fenwick tree
binary indexed tree
van Emde Boas tree
treap
rope
heap-ordered tree
spanning tree
minimum spanning tree
syntax tree
abstract syntax tree
parse tree
decision tree
game tree
SPQR tree
scene graph
directed graph
directed acyclic graph
undirected graph
multigraph
hypergraph
graph data structure
node
nodes
edge list
leaf node
child node
hash table
hash map
hashmap
distributed hash table
hash tree
Merkle tree
Bloom filter
count–min sketch
lookup table
lookup tables
look-up table
symbol table
page table
translation lookaside buffer
inverted index
database index
index
tagged union
disjoint-set data structure
union–find
vector
bit vector
rope data structure
palette
color lookup table
colour lookup table
z-buffer
texture atlas
lightmap
sprite sheet
kinetic data structure
persistent data structure
linked data structure
array slicing
bounds checking
content-addressable memory
associative memory
zipper
"""
