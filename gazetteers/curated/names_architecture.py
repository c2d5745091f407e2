"""Architecture, second list (issue #16): more instruction sets, processor families' ISAs,
SIMD extensions, buses and interconnects, memory technologies, written by the wsl
maintainers from general knowledge. Matched case-sensitively."""

TYPE = "Architecture"
SOURCE = "names"

CASED = """
# instruction sets
EM64T
x64
i486
ARMv6
ARMv9
ARM architecture
Thumb-2
POWER
SPARC V8
SPARC V9
SPARC64
SH-4
680x0
Motorola 68000 series
z/Architecture
ESA/390
MSP430
Xtensa
OpenRISC
LoongArch
MIPS32
MIPS64
MIPS architecture
x86-32
# SIMD and extensions
3DNow!
SSE4
AVX2
SVE
x87
# buses, interconnects, memory
Accelerated Graphics Port
Industry Standard Architecture
VLB
NuBus
Q-Bus
Multibus
VMEbus
HyperTransport
QuickPath Interconnect
QPI
Infinity Fabric
Compute Express Link
AMBA
DDR2 SDRAM
DDR3 SDRAM
DDR4 SDRAM
DDR5 SDRAM
DDR2
GDDR5
GDDR6
HBM
High Bandwidth Memory
RDRAM
Rambus DRAM
EDO RAM
ROCm
SIMT
"""
