"""Protocol, second list (issue #16): more network, bus and wireless protocols, interfaces,
encodings and media/data formats by name, written by the wsl maintainers from general
knowledge. The WikiSER schema files standards of communication and data formats under
Protocol (as the first list does with XML, PNG and HDMI); document-format names that the
issue counts as wrong (PDF) and plain words are left out. Matched case-sensitively.

The names after the "fourth round" line were written later the same way and filtered by
their dev precision (gazetteers/SOURCES.md, "Fourth round")."""

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

# ===== fourth round (issue #16): written from general knowledge, entries that the dev
# ===== corpus measured below precision 0.2 (3+ matches) left out
# web, application and messaging protocols
HTTP/0.9
WebTransport
WebSub
PubSubHubbub
ActivityPub
OStatus
Webmention
Pingback
Micropub
IndieAuth
AT Protocol
Nostr
WebFinger
Atom Publishing Protocol
AtomPub
JSON Feed
RSS 2.0
RSS 1.0
OData
OpenAPI
OpenAPI Specification
AsyncAPI
UDDI
WS-Security
WS-Addressing
WS-ReliableMessaging
WS-Policy
WS-Federation
WS-Trust
WS-Management
WS-Discovery
MTOM
ebXML
Common Gateway Interface
PSGI
AJP
Apache JServ Protocol
ICAP
WCCP
WPAD
SOCKS4
SOCKS5
MSNP
Microsoft Notification Protocol
YMSG
IRCv3
SILC
Signal Protocol
Off-the-Record Messaging
OMEMO
Messaging Layer Security
Rich Communication Services
SMS
MMS
USSD
SMPP
Exchange ActiveSync
ActiveSync
JMAP
SMTPS
STARTTLS
DKIM
DMARC
BIMI
MTA-STS
PGP/MIME
Finger protocol
CHARGEN
FTPES
rexec
XMODEM
YMODEM
ZMODEM
Z39.50
OAI-PMH
AMQP 0-9-1
AMQP 1.0
MQTT-SN
ZMTP
LwM2M
OMA LwM2M
OMA DM
TR-069
CWMP
SNMPv1
SNMPv2c
RMON
gNMI
CMIP
WBEM
SMI-S
IPMI
XDMCP
PCoIP
RemoteFX
TN3270
TN5250
NJE
# name resolution, addressing and configuration
DNSCrypt
EDNS0
DNS-SD
DHCPv4
SLAAC
IDNA
NAT64
DNS64
464XLAT
DS-Lite
6to4
6in4
6rd
Teredo
ISATAP
Mobile IP
Mobile IPv6
NAT-PMP
Port Control Protocol
Interactive Connectivity Establishment
Traversal Using Relays around NAT
# routing, switching and tunnelling
RIPng
OSPFv2
OSPFv3
BGP-4
MP-BGP
iBGP
eBGP
EGP
IGMPv3
PIM-SM
PIM-DM
Protocol Independent Multicast
MSDP
OLSR
AODV
ES-IS
CLNP
Bidirectional Forwarding Detection
Label Distribution Protocol
RSVP-TE
Segment Routing
SRv6
VXLAN
NVGRE
GRE
IP-in-IP
EVPN
VPLS
VTP
VLAN Trunking Protocol
PVST+
Inter-Switch Link
PAgP
UDLD
IEEE 802.1D
IEEE 802.1AE
MACsec
IEEE 802.1AX
IEEE 802.1ad
802.1ad
802.1Q
IKEv1
L2TPv3
GTP
GPRS Tunnelling Protocol
HDLC
SDLC
LAPB
LAPD
CSLIP
PPPoA
# security, authentication and identity
TLS 1.0
TLS 1.1
SSL 2.0
SSLv2
SSLv3
DTLS 1.2
DTLS 1.3
mTLS
SNI
Server Name Indication
ALPN
Encrypted Client Hello
HPKP
OCSP stapling
Certificate Transparency
Noise Protocol Framework
SSH-1
SSHv1
Kerberos 5
NTLMv2
SCRAM-SHA-256
Secure Remote Password protocol
FIDO2
U2F
FIDO U2F
WebAuthn
CTAP
OAuth 1.0
OAuth 1.0a
OAuth2
OpenID 2.0
SAML 2.0
LDAPv3
LDAPS
TACACS
XTACACS
MS-CHAPv2
EAP-TTLS
EAP-FAST
EAP-SIM
EAP-AKA
EAP-MD5
Simultaneous Authentication of Equals
Passpoint
Hotspot 2.0
PKCS
PKCS #1
PKCS #7
PKCS #8
PKCS #10
PKCS #11
PKCS #12
PEM
DER
Cryptographic Message Syntax
Needham–Schroeder protocol
Otway–Rees protocol
Station-to-Station protocol
# storage, file sharing and peer-to-peer
SMB1
SMBv1
SMBv2
SMBv3
NFSv3
MSRPC
Sun RPC
IIOP
GIOP
RMI-IIOP
Tabular Data Stream
DRDA
NDMP
ATA over Ethernet
AoE
FCIP
FICON
ESCON
NVMe over Fabrics
NVMe-oF
RoCE
iWARP
Mainline DHT
Micro Transport Protocol
Secure Scuttlebutt
# legacy network architectures
DECnet
Local Area Transport
Systems Network Architecture
APPN
APPC
LU 6.2
Binary Synchronous Communications
Bisync
XNS
Xerox Network Systems
NCP
NetWare Core Protocol
LocalTalk
EtherTalk
TokenTalk
FTAM
X.21
X.75
# telephony and signalling
SS7
SIGTRAN
ISUP
TCAP
SCCP
M3UA
Q.931
H.245
T.120
T.38
V.22bis
V.32
V.34
V.42
V.42bis
V.90
V.92
Bell 103
Hayes command set
RTMPS
RTMPE
IP Multimedia Subsystem
# Ethernet and LAN standards
10BASE5
10BASE2
10BASE-T
100BASE-TX
1000BASE-T
10GBASE-T
100BASE-T1
BroadR-Reach
Fast Ethernet
Gigabit Ethernet
10 Gigabit Ethernet
Metro Ethernet
Ethernet II
PoE
IEEE 802.2
IEEE 802.3u
IEEE 802.3ab
IEEE 802.3af
IEEE 802.3at
IEEE 802.4
IEEE 802.5
802.3af
802.3at
Audio Video Bridging
AVB
Time-Sensitive Networking
IEEE 1588
HomePNA
HomePlug
G.hn
MoCA
# wireless LAN, PAN and IoT
IEEE 802.11e
IEEE 802.11i
IEEE 802.11p
IEEE 802.11r
IEEE 802.11s
IEEE 802.11ad
IEEE 802.11ah
IEEE 802.11be
IEEE 802.15.1
802.11i
802.11e
802.11ad
802.11be
802.15.4
Wi-Fi 4
Wi-Fi 5
Wi-Fi 6E
Wi-Fi 7
WiGig
Wi-Fi Aware
Miracast
AirPlay
Google Cast
AirPrint
Bluetooth LE
BLE
Bluetooth 4.0
Bluetooth 5
Bluetooth 5.0
Bluetooth Mesh
LE Audio
A2DP
AVRCP
RFCOMM
L2CAP
GATT
Generic Attribute Profile
OBEX
aptX
LDAC
LC3
UWB
ZigBee
6LoWPAN
Wi-SUN
DASH7
EnOcean
Wireless M-Bus
M-Bus
OpenTherm
ISO/IEC 14443
ISO 14443
ISO/IEC 15693
FeliCa
MIFARE
NDEF
HIPERLAN
HiperLAN/2
# cellular and radio
2G
HSPA+
LTE-A
LTE Advanced Pro
VoLTE
VoNR
VoWiFi
TD-LTE
1xRTT
cdmaOne
iDEN
IS-136
IS-54
TACS
HSCSD
Mobile WiMAX
WiBro
P25
Project 25
APCO-25
NXDN
dPMR
D-STAR
PACTOR
JT65
FT8
PSK31
RTTY
Winlink
ACARS
ADS-B
Mode S
CPDLC
Link 16
# broadcasting and television
DVB-T2
DVB-S2
DVB-H
ATSC
ATSC 3.0
ISDB-T
DMB
T-DMB
DAB+
HD Radio
Digital Radio Mondiale
Radio Data System
CEA-608
CEA-708
EIA-608
HbbTV
MHEG-5
SMPTE timecode
SMPTE 2110
SMPTE ST 2110
Serial digital interface
HD-SDI
3G-SDI
# access and transport networks
ADSL2
ADSL2+
G.lite
SHDSL
DOCSIS 3.0
DOCSIS 3.1
XG-PON
XGS-PON
10G-EPON
BPON
NG-PON2
OTN
Optical Transport Network
# buses, ports and device interfaces
USB 1.0
USB Type-A
USB Type-C
Micro-USB
Mini-USB
Wireless USB
USB Power Delivery
USB Attached SCSI
UASP
Media Transfer Protocol
Picture Transfer Protocol
MTP
Thunderbolt 2
Thunderbolt 3
Thunderbolt 4
Thunderbolt 5
FireWire 400
FireWire 800
i.LINK
SATA II
SATA 3.0
Ultra ATA
HDMI 1.4
HDMI 2.0
HDMI 2.1
HDMI-CEC
Consumer Electronics Control
DisplayPort 1.2
DisplayPort 1.4
DisplayPort 2.0
Embedded DisplayPort
eDP
MHL
SlimPort
HDBaseT
DVI-D
DVI-I
Super VGA
SVGA
SCART
EDID
DisplayID
HDCP
HDCP 2.2
LVDS
FPD-Link
MIPI DSI
MIPI CSI
MIPI CSI-2
SLIMbus
SoundWire
I3C
QSPI
Quad SPI
MDIO
Media-independent interface
RGMII
SGMII
Serial Wire Debug
IEEE 1149.1
Apple Desktop Bus
RS-423
EIA-232
V.24
V.35
HP-IB
SCPI
TOSLINK
AES/EBU
ADAT
MADI
AES67
MIDI 2.0
General MIDI
Open Sound Control
DMX512
Art-Net
# industrial, automotive and avionics buses
Modbus TCP
Modbus RTU
Modbus Plus
PROFIBUS
CANopen
CAN FD
SAE J1939
J1939
OBD-II
ISO 9141
ISO-TP
Unified Diagnostic Services
MOST bus
Media Oriented Systems Transport
WirelessHART
ISA100.11a
CC-Link
SERCOS
SERCOS III
Ethernet Powerlink
INTERBUS
IO-Link
AS-Interface
OPC DA
MTConnect
IEC 61850
IEC 60870-5-104
LonWorks
ARINC 429
MIL-STD-1553
AFDX
SpaceWire
CCSDS
NMEA 0183
NMEA 2000
IRIG-B
# domain data interchange standards
HL7
FHIR
HL7 FHIR
DICOM
IEEE 11073
ISO 8583
ISO 20022
EMV
Financial Information eXchange
OFX
Open Financial Exchange
FpML
EDIFACT
UN/EDIFACT
ANSI X12
AS2
AS4
OFTP
OFTP2
MARC 21
# serialization and data formats
FlatBuffers
Apache Parquet
HDF5
HDF4
NetCDF
UBJSON
Amazon Ion
Bencode
XDR
JSON5
JSON Lines
NDJSON
TopoJSON
JSON:API
EXI
Efficient XML Interchange
Fast Infoset
WBXML
Resource Description Framework
RDF/XML
Notation3
N-Quads
hCard
vCalendar
TSV
ODT
PPTX
XLS
FictionBook
EPUB 3
GPX
KMZ
Shapefile
GeoTIFF
Web Map Service
Web Feature Service
WMTS
FASTA
FASTQ
Industry Foundation Classes
IGES
3MF
USDZ
# character encodings
UTF-7
UTF-EBCDIC
UCS-4
CESU-8
UTF-16LE
UTF-16BE
ISO 8859
ISO/IEC 8859
ISO/IEC 8859-1
ISO 8859-2
ISO 8859-5
ISO 8859-15
ISO 646
US-ASCII
Windows-1250
Windows-1251
Code page 437
CP437
Code page 850
Mac OS Roman
KOI8-U
ISCII
TIS-620
VISCII
EUC-KR
EUC-CN
EUC-TW
ISO-2022-JP
ISO/IEC 2022
Shift_JIS
Big5-HKSCS
JIS X 0208
Baudot code
ITA2
Morse code
PETSCII
ATASCII
Base32
Base58
Base85
Ascii85
yEnc
BinHex
xxencode
# image, font and document formats
APNG
MNG
XBM
XPM
OpenEXR
PSD
XCF
DNG
Exif
XMP
JFIF
JPEG XR
JBIG
JBIG2
TGA
ILBM
Interchange File Format
WBMP
FLIF
BPG
Enhanced Metafile
Computer Graphics Metafile
CGM
OpenType
WOFF
WOFF2
Embedded OpenType
PostScript Type 1
# audio formats and codecs
Ogg Vorbis
Ogg Opus
MP2
MPEG-1 Audio Layer II
MPEG-1 Audio Layer III
HE-AAC
AC-4
DTS-HD
Dolby TrueHD
Dolby Atmos
WavPack
Monkey's Audio
AMR
AMR-NB
G.723.1
G.726
G.728
G.722.1
Codec 2
Direct Stream Digital
DSD
CD-DA
LPCM
Broadcast Wave Format
M4A
RealAudio
# video formats and codecs
H.262
H.266
Versatile Video Coding
VVC
Advanced Video Coding
AVC
High Efficiency Video Coding
VC-1
Daala
Sorenson Spark
MPEG-4 Part 2
MPEG-4 Part 10
MPEG-4 Part 14
DNxHR
CineForm
HuffYUV
FFV1
Lagarith
RealVideo
RealMedia
Audio Video Interleave
QuickTime File Format
Advanced Systems Format
MXF
Material Exchange Format
MPEG-TS
M2TS
MPEG-PS
VOB
ISO base media file format
ISOBMFF
CMAF
AVCHD
HDV
WebVTT
SubRip
SRT
HLS
# executable, package and disk-image formats
XCOFF
ECOFF
Object Module Format
OMF
Motorola S-record
APK
Dalvik Executable
AppImage
Apple Disk Image
VHD
VHDX
VMDK
QCOW2
qcow2
Open Virtualization Format
Windows Imaging Format
"""
