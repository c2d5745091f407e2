"""Protocol, concept list (issue #16): networking, telecommunication and encoding concepts —
switching and multiplexing, channel access, network layers, addressing and naming, routing,
transport and web mechanisms, wireless and cellular standards, serial and video interfaces,
text encodings — and generic protocol and standard names written out in lower case, written by
the wsl maintainers from general knowledge. ``UNCASED``: matched ignoring case, '-'/'_'/spacing
and a plural 's'."""

TYPE = "Protocol"
SOURCE = "concepts"

UNCASED = """
# kinds of protocol
protocol suite
wire protocol
stateless protocol
routing protocol
tunneling protocol
cryptographic protocol
authentication protocol
key-agreement protocol
gossip protocol
sliding window protocol
handshaking
# switching and transmission
packet switching
circuit switching
message switching
store and forward
virtual circuit
permanent virtual circuit
cell relay
asynchronous transfer mode
data transmission
asynchronous serial communication
serial communication
parallel communication
full-duplex
half-duplex
line code
manchester code
non-return-to-zero
8b/10b encoding
64b/66b encoding
automatic repeat request
hybrid automatic repeat request
stop-and-wait arq
go-back-n arq
selective repeat arq
# multiplexing and channel access
statistical multiplexing
frequency-division multiplexing
time-division multiplexing
wavelength-division multiplexing
orthogonal frequency-division multiplexing
code-division multiple access
time-division multiple access
frequency-division multiple access
orthogonal frequency-division multiple access
channel access method
carrier-sense multiple access
carrier-sense multiple access with collision detection
carrier-sense multiple access with collision avoidance
media access control
medium access control
logical link control
spread spectrum
frequency-hopping spread spectrum
direct-sequence spread spectrum
ultra-wideband
multiple-input and multiple-output
# layers and models
osi model
tcp/ip model
data link layer
link layer
network layer
internet layer
session layer
presentation layer
application layer
protocol data unit
service data unit
maximum transmission unit
maximum segment size
packet header
# addressing and naming
subnetwork
subnet mask
classless inter-domain routing
classful network
private network
loopback
loopback address
localhost
link-local address
multicast address
broadcast address
unicast
multicast
anycast
ip multicast
broadcast domain
collision domain
network address translation
port address translation
carrier-grade nat
port forwarding
nat traversal
udp hole punching
ephemeral port
default gateway
hostname
fully qualified domain name
top-level domain
country code top-level domain
generic top-level domain
second-level domain
subdomain
dns zone
name server
root name server
reverse dns lookup
dynamic dns
internationalized domain name
zero-configuration networking
multicast dns
dns service discovery
dns over tls
domain name system security extensions
# routing
ip routing
static routing
dynamic routing
source routing
policy-based routing
equal-cost multi-path routing
interior gateway protocol
exterior gateway protocol
distance-vector routing protocol
link-state routing protocol
path-vector routing protocol
autonomous system
ip transit
tier 1 network
internet backbone
backbone network
internetworking
# transport
connection-oriented communication
connectionless communication
network socket
stream socket
datagram socket
raw socket
network congestion
congestion window
retransmission
keepalive
head-of-line blocking
packet loss
time to live
quality of service
traffic shaping
differentiated services
integrated services
# ethernet and lan mechanisms
ethernet frame
jumbo frame
ethertype
virtual lan
link aggregation
power over ethernet
wake-on-lan
auto-negotiation
# networking hardware (as router)
network switch
ethernet hub
network hub
network bridge
wireless access point
wireless router
# web mechanisms
http header
query string
percent-encoding
url encoding
uri scheme
data uri scheme
uniform resource name
internationalized resource identifier
media type
mime type
chunked transfer encoding
http compression
http persistent connection
http pipelining
push technology
server-sent events
same-origin policy
representational state transfer
remote procedure call
# security protocols and infrastructure
public key infrastructure
public key certificate
digital certificate
mutual authentication
challenge–response authentication
challenge-response authentication
wired equivalent privacy
extensible authentication protocol
internet key exchange
internet protocol security
sender policy framework
domainkeys identified mail
# telephony and carrier networks
public switched telephone network
plain old telephone service
leased line
synchronous optical networking
synchronous digital hierarchy
plesiochronous digital hierarchy
integrated services digital network
digital subscriber line
asymmetric digital subscriber line
dial-up internet access
passive optical network
power-line communication
signalling system no. 7
voice over ip
voice over lte
internet protocol television
# wireless and cellular
mobile broadband
wi-fi direct
tethering
long term evolution
global system for mobile communications
general packet radio service
enhanced data rates for gsm evolution
universal mobile telecommunications system
high speed packet access
wireless mesh network
wireless ad hoc network
mobile ad hoc network
wireless personal area network
near-field communication
radio-frequency identification
infrared data association
low-power wide-area network
narrowband iot
wireless application protocol
short message service
multimedia messaging service
unstructured supplementary service data
# streaming
adaptive bitrate streaming
dynamic adaptive streaming over http
# serial, peripheral and video interfaces (as serial port and serial ata)
universal asynchronous receiver-transmitter
serial peripheral interface
inter-integrated circuit
controller area network
parallel ata
small computer system interface
usb mass storage device class
mobile high-definition link
video graphics array
digital visual interface
composite video
component video
s-video
musical instrument digital interface
# protocols written out in lower case
hypertext transfer protocol secure
internet protocol version 4
internet protocol version 6
stream control transmission protocol
datagram congestion control protocol
internet group management protocol
neighbor discovery protocol
reverse address resolution protocol
bootstrap protocol
real-time streaming protocol
real-time messaging protocol
rtp control protocol
secure real-time transport protocol
session description protocol
simple network time protocol
trivial file transfer protocol
ssh file transfer protocol
secure copy protocol
server message block
network file system
common internet file system
apple filing protocol
web distributed authoring and versioning
network news transfer protocol
internet relay chat
internet printing protocol
line printer daemon protocol
remote framebuffer protocol
universal plug and play
simple service discovery protocol
remote authentication dial-in user service
security assertion markup language
advanced message queuing protocol
message queuing telemetry transport
constrained application protocol
streaming text oriented messaging protocol
point-to-point tunneling protocol
layer 2 tunneling protocol
point-to-point protocol over ethernet
serial line internet protocol
high-level data link control
synchronous data link control
password authentication protocol
challenge-handshake authentication protocol
intermediate system to intermediate system
interior gateway routing protocol
enhanced interior gateway routing protocol
virtual router redundancy protocol
hot standby router protocol
first hop redundancy protocol
multiprotocol label switching
resource reservation protocol
rapid spanning tree protocol
link aggregation control protocol
link layer discovery protocol
cisco discovery protocol
multipurpose internet mail extensions
# encodings and data representation
byte order mark
binary-to-text encoding
uuencoding
quoted-printable
ansi escape code
control character
extended ascii
double-byte character set
variable-width encoding
code point
abstract syntax notation one
basic encoding rules
distinguished encoding rules
type-length-value
external data representation
electronic data interchange
comma-separated values
tab-separated values
delimiter-separated values
digital container format
container format
audio coding format
video coding format
"""
