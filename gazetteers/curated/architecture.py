"""Architecture: instruction-set and processor architectures, processor families, memory
and hardware building blocks, computer classes, buses and system architectures. Under the
WikiSER schema RAM, GPU, virtual memory and machine classes (mainframe, microcontroller,
supercomputer) are Architecture. Curated by the wsl maintainers from general knowledge."""

TYPE = "Architecture"

CASED = """
ARM
ARMv7
ARMv8
AArch64
AArch32
ARM64
Thumb
MIPS
PowerPC
POWER
Power ISA
SPARC
UltraSPARC
RISC-V
x86-64
x86_64
AMD64
Intel 64
IA-32
IA-64
i386
i686
Alpha
PA-RISC
SuperH
AVR
PIC
8051
6502
MOS 6502
65C02
65816
Motorola 68000
68000
68k
m68k
Z80
Zilog Z80
8080
Intel 8080
8086
Intel 8086
8088
Intel 8088
80286
80386
80486
Pentium
Pentium Pro
Pentium 4
Celeron
Xeon
Core i7
Atom
Itanium
Athlon
Opteron
Ryzen
EPYC
Cortex-A
Cortex-M
Apple M1
Snapdragon
Tegra
Cell
System/360 architecture
VLIW
EPIC
SIMD
MIMD
SISD
MMX
SSE
SSE2
AVX
AVX-512
NEON
AltiVec
RISC
CISC
CPU cache
RAM
DRAM
SRAM
SDRAM
DDR SDRAM
DDR4
DDR5
VRAM
GPU
GPUs
GPGPU
CUDA
TPU
NPU
FPGA
FPGAs
ASIC
ASICs
SoC
DSP
MCU
MMU
ALU
FPU
APU
NUMA
SMP
RAID
SCSI
ISA
EISA
PCI
PCI Express
PCIe
AGP
VESA Local Bus
PCMCIA
MCA
Micro Channel architecture
S-100 bus
Unibus
NVMe
SaaS
PaaS
IaaS
"""

UNCASED = """
instruction set architecture
instruction set
microarchitecture
computer architecture
von Neumann architecture
Harvard architecture
modified Harvard architecture
reduced instruction set computer
complex instruction set computer
processor architecture
central processing unit
microprocessor
multi-core processor
multi-core
graphics processing unit
coprocessor
math coprocessor
microcontroller
system on a chip
digital signal processor
field-programmable gate array
application-specific integrated circuit
random-access memory
dynamic random-access memory
static random-access memory
main memory
memory
virtual memory
physical memory
memory management unit
cache memory
memory hierarchy
register
processor register
register file
instruction pipeline
pipelining
superscalar
out-of-order execution
branch prediction
speculative execution
hyper-threading
simultaneous multithreading
vector processor
stream processor
I/O address
memory address
address space
memory-mapped I/O
port-mapped I/O
direct memory access
interrupt controller
bus
system bus
data bus
address bus
expansion bus
ISA slot
hardware
computer hardware
mainframe
mainframe computer
supercomputer
microcomputer
minicomputer architecture
embedded system
server farm
data center
computer cluster
grid computing
cloud computing
edge computing
distributed computing
parallel computing
client–server model
client-server
peer-to-peer
virtual machine
virtualization
hardware virtualization
emulation
neural network
artificial neural network
network topology
topology
computer network
network
local area network
wide area network
software architecture
microservices
service-oriented architecture
event-driven architecture
multitier architecture
three-tier architecture
model–view–controller
model-view-controller
relational model
framework
software framework
"""
