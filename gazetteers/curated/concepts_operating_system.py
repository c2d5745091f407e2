"""Operating_System, concept list (issue #16): operating-system mechanisms and notions —
kernels, processes and threads, scheduling, memory management and paging, inter-process
communication, booting, file-system internals, OS security and virtualization — written by
the wsl maintainers from general knowledge. ``UNCASED``: matched ignoring case, '-'/'_'/spacing
and a plural 's'."""

TYPE = "Operating_System"
SOURCE = "concepts"

UNCASED = """
# kinds of kernel and of operating system
nanokernel
unikernel
multikernel
separation kernel
real-time kernel
preemptive kernel
os kernel
kernel module
kernel extension
kernel thread
kernel preemption
tickless kernel
big kernel lock
distributed operating system
network operating system
embedded operating system
mobile operating system
disk operating system
time-sharing system
multi-user operating system
single address space operating system
object-oriented operating system
capability-based operating system
general-purpose operating system
hardware abstraction layer
board support package
userland
supervisor mode
privileged mode
syscall
supervisor call
os-level virtualization
operating-system-level virtualization
# processes and threads
process management
process control block
process table
process state
process group
process isolation
process migration
orphan process
init process
background process
exit status
thread control block
thread-local storage
lightweight process
green threads
fork-exec
fork–exec
# multitasking and scheduling
computer multitasking
multiprogramming
non-preemptive multitasking
preemption
time slice
context switching
task switching
process scheduling
cpu scheduling
i/o scheduling
run queue
preemptive scheduling
o(1) scheduler
scheduler activations
processor affinity
cpu affinity
niceness
load average
symmetric multiprocessing
asymmetric multiprocessing
# memory management
memory protection
memory segmentation
memory paging
demand paging
memory page
page frame
transparent huge pages
swap partition
execute in place
virtual memory manager
paging file
mmap
huge pages
swap file
memory overcommitment
oom killer
copy-on-write
kernel same-page merging
virtual memory compression
memory ballooning
memory-mapped file
page cache
buffer cache
zero-copy
# interrupts and i/o
interrupt service routine
deferred procedure call
asynchronous procedure call
interrupt latency
non-blocking i/o
i/o completion port
i/o request packet
ioctl
epoll
kqueue
inotify
io_uring
futex
spooling
windows driver model
# inter-process communication
unix signal
anonymous pipe
named pipe
unix domain socket
local procedure call
standard streams
i/o redirection
job control
# booting and initialisation
booting
boot sequence
chain loading
multi-booting
network booting
initial ramdisk
initrd
init system
runlevel
live cd
live usb
safe mode
secure boot
bios interrupt call
efi system partition
basic input/output system
unified extensible firmware interface
windows service
# x86 operating modes (as real mode)
long mode
virtual 8086 mode
unreal mode
system management mode
# file-system internals
journaling file system
virtual file system
log-structured file system
clustered file system
flash file system
union mount
mount point
symbolic link
symlink
hard link
file locking
file system permissions
extended file attributes
disk quota
sparse file
file system fragmentation
disk partitioning
logical volume management
character device
device node
pseudoterminal
system console
# security
executable space protection
data execution prevention
setuid
setgid
sticky bit
user identifier
group identifier
superuser
# virtualization and containers
paravirtualization
full virtualization
guest operating system
host operating system
nested virtualization
bare-metal hypervisor
hosted hypervisor
live migration
single system image
cgroups
linux namespaces
seccomp
containerization
freebsd jail
"""
