"""General_Concept: broad computing concepts and fields (operating system as a concept,
data, cache, exception, I/O, middleware, computer science...). Curated by the wsl
maintainers from general knowledge."""

TYPE = "General_Concept"

CASED = """
I/O
IT
ICT
AI
UI
UX
CPU
CPUs
"""

UNCASED = """
operating system
operating systems
computer science
computer programming
programming
software engineering
software development
information technology
computing
computer
computers
data
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
interrupt
interrupts
signal
page fault
input/output
middleware
firmware
software
source code
object code
machine code
bytecode
executable
binary file
computer program
subroutine
function
callback
thread
multithreading
concurrency
parallelism
synchronization
mutex
semaphore
lock
virtual address space
address space layout
processor
central processing unit
controlling terminal
terminal emulator
word-sense disambiguation
information retrieval
knowledge representation
ontology
abstraction
encapsulation
inheritance
polymorphism
modularity
scalability
interoperability
backward compatibility
portability
clone
clones
computer security
cryptography
authentication
authorization
access control
user
superuser
root
privilege
sandbox
"""
