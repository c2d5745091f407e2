"""Error_Name: kinds of software errors, faults and failures, famous bugs, and — under the
WikiSER convention, which follows Wikipedia's 'error detection and correction' category —
error-detecting and error-correcting codes and checks. Curated by the wsl maintainers."""

TYPE = "Error_Name"

CASED = """
# lower case only: "Stack Overflow" is the Q&A site
stack overflow
overflow
overflows
bug
bugs
Y2K
Y2K38
Heartbleed
Shellshock
Spectre
Meltdown
Blue Screen of Death
BSOD
Guru Meditation
CRC
CRC-32
CRC32
ECC
FEC
LDPC
NaN
SIGSEGV
SIGBUS
errno
"""

UNCASED = """
software bug
glitch
software error
runtime error
run-time error
compile-time error
syntax error
logic error
semantic error
type error
off-by-one error
fencepost error
rounding error
round-off error
integer overflow
arithmetic overflow
buffer overflow
heap overflow
stack buffer overflow
underflow
arithmetic underflow
buffer over-read
memory leak
resource leak
dangling pointer
null pointer dereference
null pointer exception
wild pointer
use-after-free
double free
memory corruption
segmentation fault
segmentation violation
segfault
access violation
general protection fault
bus error
illegal instruction
division by zero
divide by zero
race condition
data race
deadlock
livelock
priority inversion
infinite loop
system crash
kernel panic
core dump
dump core
memory dump
crash dump
core file
stack trace
fatal error
unhandled exception
error message
software regression
Year 2000 problem
year 2000
Year 2038 problem
millennium bug
zero-day
SQL injection
code injection
cross-site scripting
cross-site request forgery
format string attack
undefined behavior
undefined behaviour
heisenbug
bohrbug
mandelbug
software rot
bit rot
data corruption
data degradation
soft error
single-event upset
aliasing
overfitting
underfitting
error detection
error correction
error detection and correction
forward error correction
error-correcting code
error correcting code
error-correction code
ECC memory
parity
parity bit
cyclic redundancy check
Hamming code
Reed–Solomon
Reed - Solomon
Reed–Solomon error correction
Reed-Solomon error correction
BCH code
LDPC code
low-density parity-check code
turbo code
convolutional code
Luhn algorithm
check digit
hash function
hash
hash value
hash code
hash sum
message digest
hash collision
write amplification
"""
