"""Architecture, second list (issue #16): more instruction sets, processor families' ISAs,
SIMD extensions, buses and interconnects, memory technologies, written by the wsl
maintainers from general knowledge. Matched case-sensitively."""

TYPE = "Architecture"
SOURCE = "names"

CASED = """
# instruction sets
IA-64
EM64T
x64
i486
i686
ARMv6
ARMv7
ARMv8
ARMv9
AArch64
AArch32
ARM64
ARM architecture
Thumb-2
RISC-V
Power ISA
POWER
PowerPC
SPARC
SPARC V8
SPARC V9
SPARC64
PA-RISC
SuperH
SH-4
m68k
680x0
Motorola 68000 series
z/Architecture
ESA/390
AVR
MSP430
Xtensa
OpenRISC
LoongArch
MIPS32
MIPS64
MIPS architecture
x86-32
# SIMD and extensions
MMX
3DNow!
SSE4
AVX2
AVX-512
AltiVec
NEON
SVE
x87
# buses, interconnects, memory
PCI Express
PCIe
AGP
Accelerated Graphics Port
Industry Standard Architecture
VESA Local Bus
VLB
Micro Channel architecture
NuBus
S-100 bus
Unibus
Q-Bus
Multibus
VMEbus
HyperTransport
QuickPath Interconnect
QPI
Infinity Fabric
Compute Express Link
AMBA
DDR SDRAM
DDR2 SDRAM
DDR3 SDRAM
DDR4 SDRAM
DDR5 SDRAM
DDR2
DDR4
DDR5
GDDR5
GDDR6
HBM
High Bandwidth Memory
SRAM
RDRAM
Rambus DRAM
EDO RAM
NUMA
GPGPU
CUDA
ROCm
TPU
FPGA
SoC
APU
DSP
VLIW
MIMD
SIMT
"""
