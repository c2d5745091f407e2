"""General_Concept: broad computing concepts and fields (operating system as a concept,
data, cache, exception, I/O, middleware, computer science...). Curated by the wsl
maintainers from general knowledge."""

TYPE = "General_Concept"

CASED = """
CPU
Pentium
Pentium Pro
Pentium 4
Celeron
Xeon
Core i7
Itanium
Athlon
Opteron
Ryzen
Z80
Zilog Z80
Intel 8080
Intel 8086
Intel 8088
Intel 80286
Intel 80386
Intel 80486
MOS Technology 6502
Motorola 68000
Snapdragon
Tegra
Apple M1
SIGQUIT
SIGKILL
SIGSTOP
SIGTSTP
SIGCONT
SIGINT
SIGTERM
SIGHUP
SIGPIPE
SIGCHLD
SIGALRM
SIGUSR1
SIGUSR2
SIGABRT
SIGTRAP
SIGFPE
SIGWINCH
SIGXCPU
SIGSYS
8080
8086
8088
80186
80286
80386
80486
6502
6800
6809
68000
68020
68030
68040
Z80A
Pentium II
Pentium III
Intel Pentium
Intel Core
Intel 8085
Zilog Z8000
"""

UNCASED = """
operating system
operating systems
computer science
computer programming
software engineering
information technology
data science
cache
caching
exception
exceptions
exception handling
exception handler
page fault
input/output
middleware
mutex
semaphore
virtual address space
address space layout
controlling terminal
terminal emulator
word-sense disambiguation
knowledge representation
ontology
backward compatibility
clones
computer security
sandbox
data structure
data structures
garbage collection
garbage collector
reference counting
transaction processing
batch processing
polling
bank switching
augmented reality
hardware exception
character set
character sets
real-time computing
time-sharing
"""
