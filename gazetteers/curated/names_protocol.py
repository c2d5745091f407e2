"""Protocol, second list (issue #16): more network, bus and wireless protocols, interfaces,
encodings and media/data formats by name, written by the wsl maintainers from general
knowledge. The WikiSER schema files standards of communication and data formats under
Protocol (as the first list does with XML, PNG and HDMI); document-format names that the
issue counts as wrong (PDF) and plain words are left out. Matched case-sensitively."""

TYPE = "Protocol"
SOURCE = "names"

CASED = """
# internet, web and application protocols
SPDY
WebSockets
FastCGI
SCGI
WSGI
ASGI
LMTP
MAPI
UUCP
FidoNet
WAIS
Jabber
MGCP
Megaco
H.248
IAX
IAX2
SRTP
ZRTP
MSRP
STUN
RSVP
RIPv2
GLBP
Spanning Tree Protocol
RSTP
MSTP
DVMRP
IKEv2
ISAKMP
Generic Routing Encapsulation
SSTP
SMB2
SMB3
NFSv4
9P
I2P
LLMNR
DNS over HTTPS
PXE
Preboot Execution Environment
Precision Time Protocol
SNMPv3
NETCONF
RESTCONF
YANG
syslog
Syslog
IPFIX
NetFlow
sFlow
OAuth 2.0
OpenID Connect
JSON Web Token
JWT
SCIM
MS-CHAP
TLS 1.3
TLS 1.2
SSL 3.0
HSTS
HTTP Strict Transport Security
Cross-Origin Resource Sharing
CORS
Content Security Policy
OCSP
Online Certificate Status Protocol
SSH-2
Citrix ICA
Data Distribution Service
Protocol Buffers
protobuf
Apache Thrift
Apache Avro
MessagePack
BSON
CBOR
JSON-LD
GeoJSON
YAML
TOML
RDFa
N-Triples
OPML
iCalendar
vCard
Base64
uuencode
UCS-2
Shift JIS
EUC-JP
GB 2312
GBK
GB18030
Big5
KOI8-R
Windows-1252
Punycode
Bonjour
Zeroconf
SSDP
UPnP
DLNA
DAAP
HTTP Live Streaming
MPEG-DASH
WAP
WML
i-mode
# telephony, wireless and access networks
HSPA
HSDPA
HSUPA
LTE Advanced
5G NR
NB-IoT
LTE-M
WCDMA
W-CDMA
CDMA2000
EV-DO
TD-SCDMA
IS-95
D-AMPS
AMPS
OFDM
OFDMA
DOCSIS
VDSL
VDSL2
SDSL
HDSL
G.fast
GPON
EPON
SONET
SDH
T-carrier
E-carrier
X.400
X.500
ASN.1
PEAP
EAP-TLS
802.1X
IEEE 802.1X
IEEE 802.15.4
IEEE 802.16
IEEE 802.11n
IEEE 802.11ac
IEEE 802.11ax
IEEE 802.11b
IEEE 802.11g
IEEE 802.11a
802.11n
802.11ac
802.11ax
802.11b
802.11g
802.11a
Wi-Fi 6
WPS
Wi-Fi Protected Access
Wi-Fi Protected Setup
TKIP
CCMP
IrDA
Sigfox
ANT+
GSM-R
TETRA
DMR
APRS
AX.25
# buses, ports and device interfaces
S/PDIF
AES3
I²S
I2S
SMBus
PMBus
1-Wire
LIN bus
FlexRay
EtherCAT
PROFINET
OPC UA
Foundation Fieldbus
DeviceNet
ControlNet
EtherNet/IP
Insteon
Parallel SCSI
Serial Attached SCSI
ATAPI
NVMe
NVM Express
AHCI
Mini DisplayPort
RS-422
GPIB
IEEE-488
IEEE 488
Centronics
IEEE 1284
SWD
MIPI
SDIO
CardBus
ExpressCard
USB4
USB 1.1
USB 3.1
USB 3.2
USB On-The-Go
USB OTG
# media, image and data formats
WebP
HEIF
HEIC
AVIF
JPEG 2000
JPEG XL
PCX
Truevision TGA
DjVu
WMF
DXF
DWG
FBX
glTF
COLLADA
VRML
X3D
MP4
MPEG-1
H.261
H.263
Vorbis
Ogg
Speex
ALAC
WMA
WMV
Matroska
MKV
WebM
FLV
Flash Video
3GP
AIFF
AC-3
Dolby Digital
E-AC-3
ADPCM
G.711
G.722
G.729
AMR-WB
iLBC
Cinepak
Indeo
DivX
Xvid
MJPEG
Motion JPEG
Apple ProRes
DNxHD
MPEG transport stream
DVB-S
DVB-C
ISDB
SECAM
Teletext
Office Open XML
RTF
DOCX
XLSX
Mobipocket
CHM
RAR
7z
ARJ
LHA
LZH
StuffIt
cpio
Intel HEX
SREC
Executable and Linkable Format
Portable Executable
COFF
Mach-O
a.out
"""
