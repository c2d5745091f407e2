"""Error_Name, concept list (issue #16): kinds of software errors, faults, vulnerabilities,
attacks on them and failure conditions (memory, arithmetic, concurrency, security, crash
screens, time bugs), written by the wsl maintainers from general knowledge. ``UNCASED``:
matched ignoring case, '-'/'_'/spacing and a plural 's'."""

TYPE = "Error_Name"
SOURCE = "concepts"

UNCASED = """
# general kinds of errors and faults
coding error
software fault
software failure
software glitch
transient fault
intermittent fault
byzantine fault
byzantine failure
cascading failure
single point of failure
parse error
compilation error
compiler error
linker error
type mismatch
uncaught exception
fatal exception
fatal system error
unrecoverable error
assertion failure
regression bug
performance bug
concurrency bug
security bug
security hole
security flaw
schrödinbug
schrodinbug
software aging
# memory errors
buffer underrun
buffer underflow
heap buffer overflow
heap corruption
stack smashing
stack exhaustion
stack underflow
heap exhaustion
out of memory
out-of-bounds read
out-of-bounds write
array index out of bounds
uninitialized variable
uninitialized memory
uninitialized pointer
null dereference
dangling reference
invalid free
type confusion
space leak
handle leak
file descriptor leak
infinite recursion
endless loop
# arithmetic errors
integer underflow
loss of significance
catastrophic cancellation
# concurrency and transaction anomalies
resource starvation
lock convoy
thundering herd problem
atomicity violation
time-of-check to time-of-use
toctou
race hazard
deadly embrace
spurious wakeup
aba problem
lost update
dirty read
non-repeatable read
phantom read
write skew
split-brain
cache stampede
# crashes and fatal conditions
triple fault
double fault
machine check exception
kernel oops
invalid page fault
illegal opcode
invalid opcode
abnormal end
abend
black screen of death
red screen of death
purple screen of death
sad mac
red ring of death
yellow light of death
crash to desktop
interrupt storm
# storage and data errors
silent data corruption
bit flip
bad sector
head crash
file system corruption
mojibake
# dependency and configuration failures
dll hell
jar hell
dependency hell
# web errors
http 404
404 error
soft 404
internal server error
link rot
dead link
broken link
# time and date bugs
year 10,000 problem
gps week number rollover
time formatting and storage bugs
# vulnerabilities and attacks on them
security vulnerability
software vulnerability
zero-day vulnerability
zero-day exploit
arbitrary code execution
remote code execution
privilege escalation
command injection
shell injection
os command injection
ldap injection
xpath injection
xml external entity attack
billion laughs attack
xml bomb
xss
server-side request forgery
clickjacking
session hijacking
session fixation
directory traversal attack
path traversal
insecure direct object reference
open redirect
http response splitting
http request smuggling
http header injection
prototype pollution
insecure deserialization
file inclusion vulnerability
remote file inclusion
local file inclusion
return-oriented programming
return-to-libc attack
heap spraying
jit spraying
format string vulnerability
uncontrolled format string
symlink race
confused deputy problem
dll injection
dll hijacking
side-channel attack
timing attack
rowhammer
padding oracle attack
downgrade attack
denial-of-service attack
regular expression denial of service
redos
algorithmic complexity attack
# machine-learning failure conditions
vanishing gradient problem
exploding gradient problem
"""
