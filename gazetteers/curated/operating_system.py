"""Operating_System: operating systems outside the big consumer product families (BSDs,
Linux distributions, DOS variants, mainframe, embedded and historic systems), kernels,
and operating-system internals (process, kernel, system call, file, BIOS). Curated by
the wsl maintainers from general knowledge."""

TYPE = "Operating_System"

CASED = """
BSD
BSD Unix
FreeBSD
OpenBSD
NetBSD
DragonFly BSD
TrueOS
PC-BSD
Darwin
XNU
NeXTSTEP
OpenStep
Solaris
OpenSolaris
illumos
SunOS
AIX
HP-UX
IRIX
Tru64 UNIX
UnixWare
SCO Unix
Plan 9
Plan 9 from Bell Labs
Inferno
Haiku
BeOS
AmigaOS
RISC OS
Atari TOS
GEOS
Multics
TOPS-10
TOPS-20
RSX-11
RT-11
VMS
OpenVMS
MVS
z/OS
OS/360
OS/390
VM/CMS
z/VM
OS/400
IBM i
ReactOS
MINIX
Minix
GNU Hurd
GNU
Linux kernel
Ubuntu
Debian
Fedora
Red Hat Enterprise Linux
Red Hat Linux
CentOS
SUSE
SUSE Linux Enterprise
openSUSE
Arch Linux
Gentoo
Slackware
Linux Mint
Raspbian
Raspberry Pi OS
Kali Linux
Alpine Linux
Mandriva
Knoppix
DR-DOS
PTS-DOS
ROM-DOS
Novell DOS
OpenDOS
Multiuser DOS
Concurrent DOS
Concurrent CP/M
MP/M
CP/M-86
REAL/32
DOS Plus
QDOS
86-DOS
TRSDOS
Apple DOS
ProDOS
NetWare
VxWorks
QNX
FreeRTOS
Zephyr
RTOS
ThreadX
eCos
Contiki
TinyOS
Windows 9x
X Window System
X11
BIOS
UEFI
COMMAND.COM
FCB
FCBs
FlexOS
BDOS
CCP
Concurrent DOS 386
Concurrent DOS XM
Concurrent PC DOS
4680 OS
Multiuser DOS Federation
PalmOS
Palm OS
Windows CE kernel
Mach
Mach kernel
L4
seL4
PlayStation 3
PS3
"""

UNCASED = """
kernel
operating system kernel
monolithic kernel
microkernel
hybrid kernel
exokernel
process
child process
parent process
zombie process
daemon
system call
file descriptor
file control block
file handle
inode
real-time operating system
Unix-like
Unix-like operating system
Unix-like operating systems
cross-platform
preemptive multitasking
cooperative multitasking
multiprocessing
time-sharing
context switch
process scheduler
interrupt handler
terminate
processes
thread
threads
shared memory
protection ring
real mode
kernel mode
user mode
user space
kernel space
system calls
loadable kernel module
device file
process identifier
inter-process communication
"""
