"""General_Concept: broad computing concepts and fields (operating system as a concept,
data, cache, exception, I/O, middleware, computer science...). Curated by the wsl
maintainers from general knowledge."""

TYPE = "General_Concept"

CASED = """
I/O
CPU
CPUs
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
software development
information technology
metadata
big data
data processing
data mining
data science
artificial intelligence
cache
caching
exception
exceptions
exception handling
exception handler
page fault
input/output
middleware
firmware
object code
machine code
bytecode
binary file
multithreading
concurrency
parallelism
synchronization
mutex
semaphore
virtual address space
address space layout
controlling terminal
terminal emulator
word-sense disambiguation
information retrieval
knowledge representation
ontology
modularity
scalability
interoperability
backward compatibility
portability
clone
clones
computer security
cryptography
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
virtual reality
hardware exception
character set
character sets
real-time computing
time-sharing
"""
