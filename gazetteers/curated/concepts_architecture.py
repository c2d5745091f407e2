"""Architecture, concept list (issue #16): computer-architecture and hardware-design
concepts — instruction sets and processor design, pipelines and parallelism, registers and
functional units, caches and memory technologies, buses and interrupts, parallel and
distributed system architectures, network and software architectures — written by
the wsl maintainers from general knowledge. ``UNCASED``: matched ignoring case, '-'/'_'/spacing
and a plural 's'."""

TYPE = "Architecture"
SOURCE = "concepts"

UNCASED = """
# instruction-set design
reduced instruction set computing
complex instruction set computing
very long instruction word
explicitly parallel instruction computing
minimal instruction set computer
one-instruction set computer
orthogonal instruction set
addressing mode
load/store architecture
load–store architecture
register–memory architecture
register-memory architecture
stack machine
accumulator machine
transport triggered architecture
register window
privileged instruction
byte addressing
endianness
little-endian
8-bit computing
16-bit computing
32-bit computing
64-bit computing
bit slicing
tagged architecture
ternary computer
stored-program computer
von neumann bottleneck
# pipelines, prediction and out-of-order execution
instruction pipelining
instruction cycle
pipeline stall
pipeline hazard
data hazard
branch predictor
branch target predictor
branch target buffer
branch delay slot
delay slot
branch predication
register renaming
scoreboarding
reorder buffer
reservation station
superscalar processor
trace cache
prefetch input queue
cache prefetching
instruction prefetch
clock rate
clock cycle
clock gating
power gating
dynamic frequency scaling
dynamic voltage scaling
cycles per instruction
instructions per cycle
# parallelism
parallel processing
concurrent computing
massively parallel
instruction-level parallelism
thread-level parallelism
data parallelism
task parallelism
bit-level parallelism
flynn's taxonomy
single instruction, multiple data
single instruction, single data
multiple instruction, multiple data
multiple instruction, single data
single instruction, multiple threads
single program, multiple data
vector processing
array processor
systolic array
dataflow architecture
temporal multithreading
hardware multithreading
barrel processor
manycore processor
dual-core
quad-core
heterogeneous computing
reconfigurable computing
neuromorphic computing
hardware transactional memory
# functional units and registers
arithmetic logic unit
address generation unit
load-store unit
processor register
register file
hardware register
general-purpose register
program counter
instruction pointer
instruction register
stack pointer
status register
flag register
control register
model-specific register
program status word
link register
memory address register
memory buffer register
memory data register
shift register
barrel shifter
binary multiplier
carry-lookahead adder
fused multiply–add
fused multiply-add
floating-point coprocessor
hardware acceleration
hardware accelerator
ai accelerator
tensor processing unit
neural processing unit
vision processing unit
physics processing unit
accelerated processing unit
network processor
general-purpose computing on graphics processing units
application-specific instruction set processor
soft microprocessor
# caches and coherence
cache coherence
cache coherency
memory coherence
bus snooping
directory-based cache coherence
cache line
cache miss
cache hierarchy
instruction cache
victim cache
l3 cache
direct-mapped cache
set-associative cache
scratchpad memory
false sharing
memory barrier
memory ordering
# memory architecture and technology
computer memory
physical address
logical address
flat memory model
physical address extension
memory protection unit
input–output memory management unit
input-output memory management unit
non-uniform memory access
uniform memory access
cache-only memory architecture
distributed shared memory
distributed memory
volatile memory
non-volatile memory
semiconductor memory
magnetic-core memory
core memory
delay-line memory
synchronous dynamic random-access memory
video random-access memory
hybrid memory cube
phase-change memory
magnetoresistive random-access memory
ferroelectric ram
resistive random-access memory
registered memory
memory refresh
memory timings
cas latency
memory bandwidth
memory latency
multi-channel memory architecture
dual-channel architecture
dual-ported ram
triple modular redundancy
# buses, i/o and interrupts
computer bus
address bus
control bus
system bus
front-side bus
back-side bus
memory bus
expansion bus
local bus
bus mastering
expansion slot
channel i/o
programmed input–output
programmed input/output
dma controller
interrupt request
interrupt vector
interrupt vector table
interrupt descriptor table
non-maskable interrupt
inter-processor interrupt
hardware interrupt
programmable interrupt controller
advanced programmable interrupt controller
message signaled interrupts
network on a chip
crossbar switch
# virtualization support
hardware-assisted virtualization
x86 virtualization
second level address translation
# integrated circuits and logic design
very large-scale integration
chiplet
multi-chip module
system in a package
programmable logic device
complex programmable logic device
programmable logic array
gate array
logic gate
combinational logic
sequential logic
register-transfer level
# computer classes
minicomputer
superminicomputer
cpu design
processor design
hardware architecture
systems architecture
# parallel, distributed and cloud architectures
distributed system
distributed architecture
message passing
high-performance computing
massively parallel processing
beowulf cluster
cluster computing
utility computing
fog computing
serverless computing
infrastructure as a service
platform as a service
software as a service
function as a service
multitenancy
shared-nothing architecture
shared-disk architecture
redundant array of independent disks
redundant array of inexpensive disks
client-server architecture
client–server
# software architectures (as model–view–controller)
microservice architecture
n-tier architecture
multilayered architecture
hexagonal architecture
space-based architecture
model-driven architecture
model–view–presenter
model-view-presenter
model–view–viewmodel
model-view-viewmodel
# network architectures (as wide area network and network topology)
metropolitan area network
personal area network
campus area network
storage area network
overlay network
software-defined networking
network function virtualization
mesh networking
star network
ring network
bus network
torus interconnect
"""
