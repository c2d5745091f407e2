"""Protocol: network and communication protocols, wire and file formats, encodings,
interface standards (USB, HDMI, Bluetooth), addressing schemes, and networking notions the
WikiSER schema files under Protocol (IP address, packet, router, client, Internet
exchange point). Curated by the wsl maintainers from general knowledge."""

TYPE = "Protocol"

CASED = """
HTTP
HTTPS
HTTP/1.0
HTTP/1.1
HTTP/2
HTTP/3
TCP
UDP
IP
IPv4
IPv6
TCP/IP
ICMP
ICMPv6
IGMP
ARP
RARP
NDP
SCTP
DCCP
QUIC
FTP
FTPS
SFTP
TFTP
FXP
SMTP
ESMTP
POP3
IMAP
IMAP4
MIME
S/MIME
DNS
DNSSEC
mDNS
DHCP
DHCPv6
BOOTP
NTP
SNTP
SNMP
LDAP
Kerberos
RADIUS
Diameter
TACACS+
SSH
SSHv2
Telnet
rlogin
rsh
TLS
SSL
DTLS
IPsec
IKE
L2TP
PPTP
PPP
PPPoE
SLIP
OpenVPN
WireGuard
MPLS
BGP
OSPF
RIP
IS-IS
EIGRP
IGRP
VRRP
HSRP
LACP
LLDP
CDP
VLAN
IEEE 802.1Q
IEEE 802.3
IEEE 802.11
IEEE 1394
802.11
Ethernet
Wi-Fi
WiFi
Bluetooth
Bluetooth Low Energy
Zigbee
Z-Wave
NFC
RFID
LoRa
LoRaWAN
LTE
GSM
GPRS
UMTS
CDMA
5G
4G
3G
WiMAX
DSL
ADSL
ISDN
X.25
Frame Relay
Token Ring
FDDI
ARCNET
AppleTalk
IPX
IPX/SPX
SPX
NetBIOS
NetBEUI
SMB
CIFS
NFS
AFP
iSCSI
Fibre Channel
FCoE
RDMA
InfiniBand
USB
USB 2.0
USB 3.0
USB-C
FireWire
Thunderbolt
HDMI
DisplayPort
DVI
VGA
SATA
PATA
eSATA
I2C
I²C
SPI
UART
RS-232
RS-485
CAN bus
JTAG
MIDI
PCM
RTP
RTCP
RTSP
RTMP
SIP
SDP
H.323
XMPP
IRC
MQTT
AMQP
CoAP
STOMP
WebSocket
WebRTC
WebDAV
CalDAV
CardDAV
REST
SOAP
XML-RPC
JSON-RPC
gRPC
RPC
ONC RPC
DCE/RPC
CORBA
Java RMI
OAuth
OpenID
SAML
SPNEGO
NTLM
CHAP
EAP
WPA
WPA2
WPA3
WEP
X.509
PKI
PGP
OpenPGP
GPG
S/KEY
BitTorrent
Gnutella
Gnutella2
FastTrack
eDonkey
Freenet
IPFS
Usenet
NNTP
Gopher
WHOIS
Whois
XML
XHTML
CSV
ASCII
EBCDIC
Unicode
UTF-8
UTF-16
UTF-32
ISO 8859-1
Latin-1
URI
URN
UUID
GUID
MAC address
IP address
IPv4 address
IPv6 address
NAT
CIDR
MTU
TTL
QoS
VoIP
IPTV
RSS
SVG
PNG
JPEG
GIF
TIFF
BMP
MP3
AAC
FLAC
WAV
MPEG
MPEG-2
MPEG-4
H.264
H.265
HEVC
AV1
ZIP
gzip
ODF
OOXML
EPUB
SGML
IXP
Modbus
DECT
Profibus
BACnet
KNX
DNP3
ECDH
ECDHE
DHE
Berkeley sockets
Windows Registry
SPICE
RDP
VNC
RFB
X11 protocol
"""

UNCASED = """
communication protocol
protocol stack
Internet protocol suite
Hypertext Transfer Protocol
Transmission Control Protocol
User Datagram Protocol
Internet Protocol
File Transfer Protocol
Simple Mail Transfer Protocol
Post Office Protocol
Internet Message Access Protocol
Domain Name System
Dynamic Host Configuration Protocol
Network Time Protocol
Simple Network Management Protocol
Lightweight Directory Access Protocol
Secure Shell
Transport Layer Security
Secure Sockets Layer
Point-to-Point Protocol
Border Gateway Protocol
Open Shortest Path First
Routing Information Protocol
Address Resolution Protocol
Internet Control Message Protocol
Real-time Transport Protocol
Session Initiation Protocol
Extensible Messaging and Presence Protocol
Simple Object Access Protocol
Extensible Markup Language
Universal Serial Bus
High-Definition Multimedia Interface
Serial ATA
Internet exchange point
Internet Exchange
Internet exchange
IP address
IP addresses
MAC address
port number
network packet
packet
datagram
router
client machine
thin client protocol
uniform resource locator
uniform resource identifier
hyperlink
instant message
POST request
HTTP request
HTTP cookie
content negotiation
byte serving
handshake
checksum field
configuration file
ASCII text file
image file format
character encoding
data format
wireless LAN
mobile network
cellular network
World Wide Web
extranet
virtual private network
VPN
distributed version control
distributed version control system
Diffie–Hellman
Diffie - Hellman
Diffie–Hellman key exchange
elliptic-curve Diffie–Hellman
Digest access authentication
Basic access authentication
serial port
key exchange
remote desktop protocol
"""
