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
MIPS
PowerPC
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
PA-RISC
SuperH
AVR
68k
m68k
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
microcontroller
system on a chip
digital signal processor
field-programmable gate array
application-specific integrated circuit
random-access memory
dynamic random-access memory
static random-access memory
virtual memory
memory management unit
cache memory
memory hierarchy
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
memory-mapped I/O
port-mapped I/O
direct memory access
interrupt controller
ISA slot
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
client–server model
virtual machine
neural network
artificial neural network
network topology
topology
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
"""
