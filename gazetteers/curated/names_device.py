"""Device, second list (issue #16): more computers, consoles, phones, boards and
peripherals by name, written by the wsl maintainers from general knowledge. Proper names
only, matched case-sensitively; model-number variants are left to the versioned-device
and vendor + model rules in lfs/software.py and lfs/developer.py.

The names after the "fourth round" line were written later the same way and filtered by
their dev precision (gazetteers/SOURCES.md, "Fourth round")."""

TYPE = "Device"
SOURCE = "names"

CASED = """
# Apple
Apple IIc
Apple II Plus
Macintosh 128K
Macintosh 512K
Macintosh Plus
Macintosh SE
Macintosh II
Macintosh Classic
Macintosh LC
Macintosh Portable
Macintosh Quadra
Power Mac
Power Mac G3
Power Mac G4
Power Mac G5
PowerBook
PowerBook G4
iBook
iMac G3
Mac Mini
Mac Studio
Xserve
AirPods
HomePod
iPod touch
iPod Nano
iPod nano
iPod Classic
iPod Shuffle
iPad Pro
iPad Air
iPad mini
Apple Newton
MessagePad
eMate 300
Apple Pippin
# IBM and PC
IBM Personal Computer
IBM PC XT
IBM PC AT
PCjr
IBM PS/2
System/390
System/3
System/32
System/34
System/36
System/38
IBM AS/400
RS/6000
IBM RT PC
IBM Blue Gene
Blue Gene
Deep Blue
IBM Z
zSeries
IBM ThinkPad
IBM 5150
IBM 3270
IBM 5100
# DEC, Sun, SGI, Cray and other workstations and mainframes
PDP-6
PDP-7
VAX-11/780
MicroVAX
VAXstation
DECstation
DECsystem-10
DECSYSTEM-20
VT100
VT52
VT220
DEC Rainbow
Sun-1
Sun-2
Sun-3
Sun-4
Sun Ultra
Sun Fire
NeXT Computer
NeXTstation
Xerox Alto
Xerox Star
Cray-2
Cray X-MP
Cray Y-MP
Cray T3E
CDC 6600
CDC 7600
CDC 6400
UNIVAC I
UNIVAC 1108
ENIAC
EDSAC
EDVAC
Manchester Baby
Manchester Mark 1
Ferranti Mark 1
Harvard Mark I
Zuse Z3
Atanasoff–Berry Computer
LEO I
Whirlwind I
IBM Roadrunner
Tianhe-2
Sunway TaihuLight
Fugaku
Earth Simulator
ASCI Red
ASCI White
Connection Machine
ILLIAC IV
# home computers
Commodore VIC-20
Commodore 16
Commodore Plus/4
Amiga 600
Amiga 1200
Amiga 2000
Amiga 3000
Amiga 4000
Amiga CD32
Atari 400
Atari TT
Atari Falcon
Atari 5200
Atari 7800
Atari 8-bit family
TRS-80 Color Computer
Sinclair ZX80
ZX80
Sinclair QL
Amstrad PCW
Acorn Electron
Acorn Atom
Oric-1
Oric Atmos
Dragon 32
MSX2
PC-8801
PC-9801
FM Towns
Sharp X68000
X68000
SAM Coupé
Texas Instruments TI-99/4A
TI-99/4A
Tandy Model 100
# consoles and handhelds
Magnavox Odyssey
Odyssey²
ColecoVision
Vectrex
Neo Geo Pocket
Sega Master System
Mega-CD
Sega 32X
Sega Game Gear
Family Computer
Virtual Boy
New Nintendo 3DS
3DO Interactive Multiplayer
Philips CD-i
CD-i
N-Gage
Nokia N-Gage
Ouya
Steam Deck
Steam Machine
PSone
Oculus Quest
Meta Quest
HTC Vive
Valve Index
Microsoft HoloLens
Wii Remote
DualShock
# phones, tablets, wearables, appliances
Nokia 3310
Nokia N95
Motorola RAZR
Motorola Razr
Motorola Droid
PalmPilot
Palm Treo
Handspring Visor
Galaxy Nexus
Nexus One
Nexus 5
Nexus 7
HTC Dream
T-Mobile G1
Kindle Fire
Chromebox
Chromecast
Fire TV
Amazon Echo
Fitbit
Microsoft Zune
Sony Walkman
Game & Watch
Tamagotchi
TI-83
TI-84
TI-89
HP-35
HP-12C
# boards and microcontroller modules
Arduino Uno
Arduino Mega
Arduino Nano
BeagleBone
BeagleBone Black
ESP8266
ESP32
Jetson Nano
Intel NUC
micro:bit
BBC micro:bit
Teensy
# storage and peripherals
Zip drive
Iomega Zip
Jaz drive
SuperDisk
Datasette
Commodore 1541
Apple Disk II
Disk II
LaserWriter
Apple LaserWriter
ImageWriter
DeskJet
LaserJet
HP LaserJet
Sound Blaster
AdLib
Gravis Ultrasound
Voodoo Graphics
3dfx Voodoo
GeForce 256
Nvidia Tesla
Nvidia Quadro

# ===== fourth round (issue #16): written from general knowledge, entries that the dev
# ===== corpus measured below precision 0.2 (3+ matches) left out
# Apple computers
Apple //c
Apple //e
Apple IIgs
Apple IIc Plus
Apple-1
Apple 1
Lisa 2
Macintosh XL
Macintosh SE/30
Macintosh IIx
Macintosh IIcx
Macintosh IIci
Macintosh IIfx
Macintosh IIsi
Macintosh IIvx
Macintosh LC II
Macintosh LC III
Macintosh Classic II
Macintosh Color Classic
Macintosh Centris
Macintosh Performa
Macintosh Quadra 700
Macintosh PowerBook
Power Macintosh G3
Twentieth Anniversary Macintosh
Power Mac G4 Cube
eMac
iMac G4
iMac G5
iMac Pro
iBook G3
iBook G4
PowerBook 100
PowerBook Duo
PowerBook G3
Apple Studio Display
Apple Cinema Display
Pro Display XDR
# Apple phones, tablets, players and accessories
iPhone 3G
iPhone 3GS
iPhone 4
iPhone 4S
iPhone 5
iPhone 5c
iPhone 5s
iPhone 6
iPhone 6 Plus
iPhone 6s
iPhone SE
iPhone 7 Plus
iPhone 8
iPhone 8 Plus
iPhone X
iPhone XS
iPhone XR
iPhone 11
iPhone 11 Pro
iPhone 12
iPhone 12 Pro
iPhone 13
iPhone 13 Pro
iPhone 14
iPhone 14 Pro
iPhone 15
iPhone 15 Pro
iPhone 16
iPhone 16 Pro
iPhone 16e
iPad 2
iPad Air 2
iPod classic
iPod shuffle
iPod mini
iPod Mini
iPod Hi-Fi
Apple Watch Ultra
Apple Vision Pro
Vision Pro
AirPods Pro
AirPods Max
HomePod mini
AirTag
AirPort Extreme
AirPort Express
Apple AirPort
Apple TV 4K
Magic Mouse
Magic Keyboard
Magic Trackpad
Apple Pencil
iSight
Apple QuickTake
StyleWriter
ImageWriter II
LaserWriter II
LaserWriter Plus
Apple SuperDrive
SuperDrive
Newton MessagePad
eMate
# IBM personal computers and PC compatibles
IBM PC Convertible
IBM Portable Personal Computer
IBM Portable
IBM 5160
IBM 5170
IBM PS/1
IBM Aptiva
Personal System/2
IBM Personal System/2
IBM ThinkCentre
ThinkCentre
ThinkStation
ThinkPad 700C
ThinkPad X1
ThinkPad X1 Carbon
ThinkPad T series
ThinkPad X series
IdeaPad
Lenovo Legion
Lenovo Legion Go
Dell XPS
Dell Inspiron
Dell Latitude
Dell Precision
Dell OptiPlex
OptiPlex
Dell Dimension
Dell Axim
Dell Streak
HP Pavilion
HP EliteBook
EliteBook
HP ProBook
HP OmniBook
OmniBook
HP Jornada
HP TouchPad
HP-150
HP 95LX
HP 100LX
HP 200LX
Compaq Portable
Compaq Deskpro
Compaq Deskpro 386
Compaq Presario
Compaq iPAQ
iPAQ
Toshiba T1100
Toshiba Satellite
Toshiba Libretto
Sony VAIO
VAIO
Acer Aspire
Acer Aspire One
Aspire One
Asus Eee PC
Eee PC
Eee PC 701
Asus ZenBook
ZenBook
Asus Eee Pad Transformer
MSI Wind
Framework Laptop
Zenith Z-100
Heathkit H89
Olivetti M24
Amstrad PC1512
Amstrad PC1640
Columbia Data Products MPC 1600
Apricot PC
Victor 9000
Classmate PC
OLPC XO-1
XO-1
GRiD Compass
GRiDPad
NEC UltraLite
Epson HX-20
# Chromebooks and Microsoft Surface
Cr-48
Chromebook Pixel
Pixelbook
Google Pixelbook
Samsung Chromebook
Chromebase
Surface Pro
Surface Book
Surface Laptop
Surface Go
Surface Studio
Surface Duo
Surface Hub
Surface RT
# IBM mainframes, minicomputers and midrange systems
IBM 305 RAMAC
RAMAC
IBM 350
IBM 701
IBM 702
IBM 705
IBM 709
IBM 7030
IBM 7030 Stretch
IBM Stretch
IBM 7070
IBM 7080
IBM 7090
IBM 7094
IBM 1130
IBM 1410
IBM 1440
IBM 1620
IBM 1800
System/360 Model 30
System/360 Model 40
System/360 Model 65
System/360 Model 67
System/360 Model 91
IBM 3090
IBM 4341
IBM System/3
System/7
IBM System/23
System/23 Datamaster
IBM System/32
IBM System/34
IBM System/36
IBM System/38
IBM System/390
IBM System z
System z
IBM zEnterprise
zEnterprise
IBM z15
IBM z16
IBM Series/1
Series/1
IBM 5110
IBM Displaywriter
IBM System i
System i
IBM System p
System p
IBM System x
System x
IBM iSeries
iSeries
IBM pSeries
pSeries
IBM Power Systems
IBM BladeCenter
BladeCenter
RS/6000 SP
IBM RS/6000
IBM Q System One
# IBM terminals, printers and storage units
IBM 2741
IBM 5250
IBM 1403
IBM 3800
IBM 029
IBM 726
IBM 729
IBM 1311
IBM 2311
IBM 2314
IBM 3380
IBM 3390
IBM 3480
IBM 3490
IBM 3850
IBM Selectric
Selectric
# DEC systems, terminals and storage
PDP-4
PDP-5
PDP-9
PDP-12
PDP-15
PDP-11/70
LSI-11
KL10
VAX-11/750
VAX 8600
VAX 9000
MicroVAX II
DECstation 3100
AlphaStation
AlphaServer
DEC Professional
DEC Rainbow 100
LINC
TX-0
TX-2
VT102
VT320
DECwriter
DECtape
LINCtape
RK05
# Sun, SGI, HP and other workstations and servers
SPARCstation 1
SPARCstation 2
SPARCstation 5
SPARCstation 10
SPARCstation 20
SPARCserver
Sun-386i
Sun Ultra 1
Sun Ultra 5
Sun Ultra 10
Sun Blade
Sun Enterprise
Sun Enterprise 10000
Sun Starfire
SPARC Enterprise
Sun Ray
JavaStation
SGI Indy
SGI Indigo
SGI Indigo2
Indigo2
SGI Octane
SGI O2
SGI Onyx
Onyx2
SGI Origin 2000
Origin 2000
SGI Altix
SGI Visual Workstation
IRIS 4D
Silicon Graphics IRIS
HP 9000
HP 3000
HP 1000
HP 2000
HP 9100A
HP Integrity
HP Superdome
HP ProLiant
ProLiant
Dell PowerEdge
PowerEdge
NeXTdimension
BeBox
Three Rivers PERQ
PERQ
Symbolics 3600
Xerox 8010
Xerox Dorado
Canon Cat
Oracle Exadata
# minicomputers and mainframes of other makers
Data General Nova
Data General Eclipse
Data General Eclipse MV/8000
Wang 2200
Wang VS
Honeywell 316
Honeywell DDP-516
Honeywell Kitchen Computer
GE-645
Burroughs B5000
Burroughs B5500
Burroughs B6700
UNIVAC II
UNIVAC III
UNIVAC 1103
UNIVAC 1107
RCA 501
RCA Spectra 70
Bendix G-15
LGP-30
SDS 940
SDS Sigma 7
Interdata 8/32
Tandem NonStop
Sequent Symmetry
Sequent Balance
Convex C1
Alliant FX/8
Amdahl 470
ICL 1900
ICL 2900
English Electric KDF9
KDF9
English Electric DEUCE
Elliott 803
Nord-10
Datapoint 2200
# early and historic computers
IAS machine
JOHNNIAC
MANIAC I
ORDVAC
ILLIAC I
ILLIAC II
SEAC
SWAC
BINAC
Harvard Mark II
Harvard Mark III
Zuse Z1
Zuse Z4
EDSAC 2
LEO II
LEO III
Pilot ACE
Automatic Computing Engine
Ferranti Atlas
Ferranti Pegasus
CSIRAC
BESK
BESM
BESM-6
Setun
AN/FSQ-7
Apollo Guidance Computer
Antikythera mechanism
Difference Engine
Analytical Engine
Pascaline
Arithmometer
Comptometer
Curta
Enigma machine
Bombe
Olivetti Programma 101
Programma 101
Kenbak-1
Micral N
# supercomputers and parallel machines
Cray-3
Cray C90
Cray T90
Cray J90
Cray T3D
Cray X1
Cray XT5
Cray XK7
Cray XC40
HPE Cray EX
Red Storm
CDC 1604
CDC STAR-100
CDC Cyber
CDC Cyber 205
Cyber 205
ETA10
ASCI Purple
Blue Gene/L
Blue Gene/P
Blue Gene/Q
IBM Sequoia
Blue Waters
Tianhe-1A
TaihuLight
K computer
Piz Daint
SuperMUC
MareNostrum
TSUBAME
Numerical Wind Tunnel
NEC SX-Aurora TSUBASA
SX-Aurora TSUBASA
Intel Paragon
Intel iPSC
iPSC/860
CM-1
CM-2
CM-5
Thinking Machines CM-5
Goodyear MPP
Caltech Cosmic Cube
BBN Butterfly
D-Wave One
D-Wave Two
Cerebras CS-2
# home computers: Commodore
Commodore 64C
C128
Commodore 65
Commodore MAX Machine
Commodore CDTV
CDTV
Commodore SX-64
SX-64
Commodore PET 2001
PET 2001
Commodore SuperPET
Commodore KIM-1
KIM-1
Commodore Amiga
Amiga 500 Plus
Amiga 1500
Amiga 2500
Commodore 1530
Commodore 1571
Commodore 1581
# home computers: Atari
Atari 600XL
Atari 800XL
Atari 1200XL
Atari 65XE
Atari 130XE
Atari XEGS
Atari 520ST
Atari 1040ST
Atari STE
Atari Mega ST
Atari Falcon030
Falcon030
Atari Portfolio
Atari 810
Atari 1050
# home computers: Sinclair, Acorn, Amstrad and other British machines
ZX Spectrum 128
ZX Spectrum +2
ZX Spectrum +3
ZX Spectrum+
ZX Spectrum Next
ZX Interface 1
ZX Microdrive
Timex Sinclair 1000
Sinclair Scientific
BBC Master
BBC Micro Model B
Acorn System 1
Acorn A3000
Acorn A5000
Acorn Risc PC
Risc PC
Amstrad CPC 464
Amstrad CPC 664
Amstrad CPC 6128
CPC 464
CPC 6128
Amstrad GX4000
GX4000
Amstrad NC100
Jupiter Ace
Camputers Lynx
Memotech MTX
Tatung Einstein
# home computers: North American
TRS-80 Model I
TRS-80 Model II
TRS-80 Model III
TRS-80 Model 4
TRS-80 Model 100
Coleco Adam
Mattel Aquarius
Exidy Sorcerer
Sol-20
Processor Technology Sol-20
Ohio Scientific Superboard II
Cromemco Dazzler
MITS Altair 8800
Altair 680
Franklin Ace
SYM-1
AIM-65
TI-99/4
Spectravideo SV-318
# home computers: Japanese and MSX
MSX2+
MSX turbo R
Yamaha CX5M
NEC PC-6001
PC-6001
NEC PC-8001
PC-8001
NEC PC-8801
NEC PC-9801
NEC PC-9821
PC-9821
PC-88
Sharp MZ-80K
Sharp MZ-700
Sharp X1
Fujitsu FM-7
FM-7
FM Towns Marty
Sega SC-3000
# home computers: Eastern Europe
Robotron KC 85
KC 85
Pravetz 82
Elektronika BK-0010
BK-0010
# Nintendo consoles, handhelds and accessories
Famicom Disk System
Color TV-Game
N64
Nintendo Wii
Nintendo 64DD
64DD
Game Boy Pocket
Game Boy Micro
Game Boy Advance SP
Game Boy Player
Game Boy Camera
Super Game Boy
Nintendo DSi XL
Nintendo 2DS
Nintendo 3DS XL
New Nintendo 3DS XL
Nintendo Switch Lite
Nintendo Switch 2
Wii U GamePad
Wii Balance Board
Wii MotionPlus
Wii Remote Plus
Nunchuk
Classic Controller
GameCube controller
WaveBird
Pro Controller
Power Glove
NES Zapper
Robotic Operating Buddy
R.O.B.
Super Scope
Pokémon Mini
NES Classic Edition
SNES Classic Edition
Rumble Pak
Expansion Pak
Game Pak
iQue Player
# Sony consoles and accessories
PlayStation 4 Pro
PS4 Pro
PlayStation Portal
PocketStation
PlayStation VR
PlayStation VR2
PSVR
PlayStation Move
PlayStation Eye
EyeToy
DualShock 2
DualShock 3
DualShock 4
DualSense
Sixaxis
PSX
PlayStation Classic
Net Yaroze
# Microsoft consoles and accessories
Xbox One X
Xbox One S
Xbox Series S
Xbox Adaptive Controller
Azure Kinect
Microsoft Band
Zune HD
Microsoft SideWinder
IntelliMouse
Microsoft IntelliMouse
Microsoft Natural Keyboard
# Sega consoles, handhelds and arcade boards
Sega SG-1000
SG-1000
Sega Mark III
Sega Mega-CD
32X
Sega Nomad
Sega Pico
Sega Genesis Mini
Dreamcast VMU
Sega NAOMI
Sega Model 1
Sega Model 2
Sega Model 3
# other consoles and handhelds
TurboGrafx-CD
TurboExpress
TurboDuo
SuperGrafx
PC-FX
Neo Geo AES
Neo Geo MVS
Neo Geo CD
Neo Geo Pocket Color
CP System
CP System II
CPS-2
Milton Bradley Microvision
Fairchild Channel F
RCA Studio II
Bally Astrocade
Arcadia 2001
Bandai WonderSwan
WonderSwan
WonderSwan Color
Tiger Game.com
Game.com
N-Gage QD
Tapwave Zodiac
GP32
GP2X
OpenPandora
Gizmondo
Nuon
Atari VCS
Atari Jaguar CD
Magnavox Odyssey 2
Magnavox Odyssey²
Odyssey 2
Philips Videopac
LaserActive
Apple Bandai Pippin
Leapster
LeapPad
V.Smile
Evercade
Analogue Pocket
Nvidia Shield
Nvidia Shield TV
Nvidia Shield Portable
Steam Controller
Steam Link
Steam Deck OLED
ROG Ally
# virtual and augmented reality
Oculus Rift S
Oculus Go
Oculus Quest 2
Meta Quest 2
Meta Quest 3
Meta Quest Pro
HTC Vive Pro
HoloLens 2
Google Cardboard
Daydream View
Samsung Gear VR
Gear VR
Google Glass
Magic Leap One
Leap Motion
# mobile phones: Nokia
Nokia 1011
Nokia 1100
Nokia 2110
Nokia 3210
Nokia 5110
Nokia 5800 XpressMusic
Nokia 6110
Nokia 6600
Nokia 7110
Nokia 7650
Nokia 8110
Nokia 9000 Communicator
Nokia Communicator
Nokia E71
Nokia N8
Nokia N9
Nokia N800
Nokia N810
Nokia N900
Nokia 770 Internet Tablet
Nokia 808 PureView
Nokia Lumia 920
Nokia Lumia 1020
Lumia 920
Mobira Cityman
# mobile phones: Motorola, BlackBerry, Palm, HTC
Motorola DynaTAC
DynaTAC 8000X
Motorola MicroTAC
Motorola StarTAC
StarTAC
Motorola RAZR V3
Razr V3
Motorola Xoom
Moto X
Moto G
Moto Z
Moto 360
BlackBerry Bold
BlackBerry Curve
BlackBerry Pearl
BlackBerry Storm
BlackBerry Torch
BlackBerry Passport
BlackBerry PlayBook
BlackBerry Z10
BlackBerry Priv
Palm Pre
Palm Pixi
Palm Centro
Palm III
Palm V
Palm Tungsten
Palm LifeDrive
Pilot 1000
Treo 600
Treo 650
Handspring Treo
HTC Hero
HTC Desire
HTC Evo 4G
HTC One M8
HTC Touch
HTC HD2
# mobile phones: Samsung and Google
Galaxy S II
Galaxy S III
Galaxy S4
Galaxy S6
Galaxy S7
Galaxy S8
Galaxy S9
Galaxy S10
Samsung Galaxy S
Samsung Galaxy S II
Samsung Galaxy S III
Galaxy Note II
Galaxy Note 3
Galaxy Note 4
Galaxy Note 7
Samsung Galaxy Note
Galaxy Fold
Galaxy Z Flip
Samsung Galaxy Fold
Galaxy Tab
Galaxy Tab S
Samsung Galaxy Tab
Galaxy Gear
Galaxy Watch
Galaxy Buds
Nexus S
Nexus 4
Nexus 6
Nexus 6P
Nexus 10
Nexus Q
Nexus Player
Pixel 2
Pixel 3
Pixel 4
Pixel 5
Pixel 6
Pixel 7
Pixel 8
Pixel 9
Pixel XL
Pixel Fold
Pixel C
Pixel Watch
# mobile phones: other makers
Sony Ericsson K750i
Sony Ericsson W800i
Sony Ericsson P800
Sony Ericsson Xperia X10
Xperia X10
Xperia Play
Sony Xperia
Xperia
Ericsson R380
LG G2
LG G3
LG G4
LG G5
LG Optimus
LG Prada
Huawei P20
Huawei P30
Huawei Mate 20
Huawei Mate 60 Pro
OnePlus One
OnePlus 7 Pro
Fairphone
Fairphone 2
Essential Phone
Librem 5
PinePhone
PinePhone Pro
Neo 1973
Openmoko Neo FreeRunner
Danger Hiptop
T-Mobile Sidekick
IBM Simon
Simon Personal Communicator
Amazon Fire Phone
Fire Phone
# tablets and e-readers
Kindle 2
Kindle DX
Kindle Paperwhite
Kindle Oasis
Kindle Scribe
Kindle Fire HD
Amazon Kindle Fire
Fire HD
Amazon Fire HD
Nook Simple Touch
Nook Color
Nook Tablet
Barnes & Noble Nook
Sony Reader
Sony Librie
Rocket eBook
iRex iLiad
reMarkable
reMarkable 2
# wearables
Fitbit Charge
Fitbit Flex
Fitbit Versa
Pebble Time
Garmin Forerunner
Oura Ring
Jawbone UP
Nike+ FuelBand
Timex Datalink
PineTime
G-Shock
# PDAs and handheld PCs
Psion Organiser
Psion Organiser II
Psion Series 3
Psion Series 5
Psion netBook
Psion Revo
Sharp Zaurus
Zaurus
Jornada
Axim
Sony CLIÉ
CLIÉ
EO Personal Communicator
Casio Cassiopeia
# calculators and pocket computers
HP-41C
HP-45
HP-65
HP-67
HP-71B
HP-11C
HP-15C
HP-16C
HP-28S
HP-42S
HP 48G
HP 50g
HP 35s
HP Prime
TI-30
TI-57
TI-58
TI-59
TI-81
TI-83 Plus
TI-84 Plus
TI-84 Plus CE
TI-85
TI-92
TI-Nspire
TI-Nspire CX
Voyage 200
Casio fx-7000G
Casio ClassPad
Sharp PC-1211
Elektronika MK-61
Busicom 141-PF
Sumlock ANITA
# single-board computers and development boards
Raspberry Pi 2
Raspberry Pi 3
Raspberry Pi 4
Raspberry Pi 5
Raspberry Pi 400
Raspberry Pi 500
Raspberry Pi Zero
Raspberry Pi Zero W
Raspberry Pi Pico
Raspberry Pi Pico W
Raspberry Pi Compute Module
Compute Module 4
Raspberry Pi Model B
BeagleBoard-xM
BeagleBone AI
Banana Pi
Orange Pi
Rock Pi
ODROID
ODROID-XU4
Cubieboard
PandaBoard
Pine A64
ROCKPro64
Pinebook
Pinebook Pro
Tinker Board
Asus Tinker Board
LattePanda
Intel Galileo
Intel Edison
Intel Compute Stick
MinnowBoard
DragonBoard 410c
HiKey
Jetson TX2
Jetson Xavier NX
Jetson AGX Xavier
Jetson AGX Orin
Coral Dev Board
Google Coral
Intel Neural Compute Stick
VisionFive
VisionFive 2
HiFive1
Parallella
Arduino Due
Arduino Leonardo
Arduino Micro
Arduino Mega 2560
Arduino Yún
Arduino Zero
Arduino Uno R3
Arduino Diecimila
Arduino Duemilanove
Arduino Pro Mini
LilyPad Arduino
Teensy 4.0
Teensy 4.1
Adafruit Feather
Circuit Playground
Circuit Playground Express
Particle Photon
Spark Core
NodeMCU
Wemos D1 Mini
ESP32-S2
ESP32-S3
ESP32-C3
ESP32-CAM
STM32 Nucleo
Makey Makey
# robots, drones, 3D printers and kits
Lego Mindstorms
Lego Mindstorms NXT
Lego Mindstorms EV3
Mindstorms NXT
Mindstorms EV3
Roomba
ASIMO
AIBO
DJI Phantom
AR.Drone
RepRap
MakerBot Replicator
Prusa i3
# GPUs and graphics cards: Nvidia
RIVA 128
RIVA TNT
RIVA TNT2
GeForce2
GeForce2 MX
GeForce2 GTS
GeForce3
GeForce4
GeForce4 MX
GeForce4 Ti
GeForce FX
GeForce 6 series
GeForce 6800
GeForce 7 series
GeForce 7800 GTX
GeForce 8 series
GeForce 8800
GeForce 8800 GTX
GeForce 9 series
GeForce 200 series
GeForce GTX 280
GeForce 400 series
GeForce GTX 480
GeForce 500 series
GeForce 600 series
GeForce GTX 680
GeForce 700 series
GeForce GTX Titan
GeForce 900 series
GeForce GTX 970
GeForce GTX 980
GeForce 10 series
GeForce GTX 1060
GeForce GTX 1080
GeForce GTX 1080 Ti
GeForce 16 series
GeForce 20 series
GeForce RTX 2080
GeForce RTX 2080 Ti
GeForce 30 series
GeForce RTX 3080
GeForce RTX 3090
GeForce 40 series
GeForce RTX 4080
GeForce RTX 4090
GeForce 50 series
GeForce RTX 5090
GeForce RTX
GTX 1080
GTX 1080 Ti
RTX 3090
RTX 4090
GTX Titan
Titan X
Titan V
Quadro
Tesla P100
Tesla V100
Nvidia A100
Nvidia H100
Nvidia H200
A100
H100
V100
Nvidia DGX
DGX-1
DGX-2
DGX A100
nForce
# GPUs and graphics cards: ATI and AMD
ATI Radeon
ATI Rage
ATI Rage Pro
Rage Pro
ATI Mach64
Mach64
All-in-Wonder
FireGL
FirePro
Radeon 8500
Radeon 9700 Pro
Radeon 9800 Pro
Radeon X800
Radeon X1900
Radeon HD
Radeon HD 4870
Radeon HD 5870
Radeon HD 6970
Radeon HD 7970
Radeon R9 290X
Radeon R9 Fury
Radeon R9 Fury X
Radeon RX
Radeon RX 480
Radeon RX 580
Radeon RX Vega 64
Radeon VII
Radeon RX 5700
Radeon RX 5700 XT
Radeon RX 6800 XT
Radeon RX 6900 XT
Radeon RX 7900 XTX
Radeon RX 9070 XT
RX 480
RX 580
Radeon Pro
Radeon Instinct
Instinct MI250X
Instinct MI300X
# GPUs and graphics cards: Intel and other makers
Intel HD Graphics
Intel Iris
Iris Pro
Intel GMA
Intel Graphics Media Accelerator
Intel Arc A770
Voodoo2
Voodoo3
Voodoo5
Voodoo Banshee
Matrox Millennium
Matrox G400
Matrox Parhelia
S3 ViRGE
S3 Trio
Rendition Vérité
Tseng ET4000
ET4000
Color Graphics Adapter
Enhanced Graphics Adapter
Monochrome Display Adapter
Professional Graphics Controller
Habana Gaudi
# sound cards and audio hardware
Sound Blaster 16
Sound Blaster Pro
Sound Blaster AWE32
Sound Blaster Live!
Sound Blaster Audigy
Sound Blaster X-Fi
Gravis UltraSound
Roland MT-32
MT-32
Sound Canvas
Covox Speech Thing
Pro Audio Spectrum
# storage products and media
Zip disk
Iomega Jaz
Iomega Clik!
PocketZip
Iomega Ditto
Iomega Bernoulli Box
Bernoulli Box
LS-120
LS-240
Sony HiFD
HiFD
IBM Microdrive
Travelstar
Deskstar
IBM Deskstar
Ultrastar
Seagate Barracuda
ST-506
Western Digital Raptor
WD Raptor
VelociRaptor
Intel X25-M
X25-M
Intel Optane
Optane
Drobo
Shugart SA-400
Linear Tape-Open
Digital Linear Tape
Travan
Quarter-Inch Cartridge
Digital Data Storage
Digital Audio Tape
NAND flash
NOR flash
3D NAND
V-NAND
CompactFlash
SmartMedia
xD-Picture Card
Memory Stick Duo
Memory Stick PRO Duo
MultiMediaCard
Secure Digital
SDHC
SDXC
microSD
miniSD
CFexpress
XQD
# optical and video media
CD-R
CD-RW
DVD-R
DVD+R
DVD-RW
DVD+RW
DVD-RAM
HD DVD
Blu-ray Disc
BD-R
BD-RE
BD-ROM
Ultra HD Blu-ray
M-DISC
LaserDisc
VHS
VHS-C
S-VHS
Betamax
Video8
Hi8
MiniDV
MiniDisc
Universal Media Disc
GD-ROM
Video CD
Super Video CD
Super Audio CD
# memory modules
DIMM
RIMM
RDIMM
LRDIMM
UDIMM
FB-DIMM
Fully Buffered DIMM
# keyboards, mice and game controllers
Model M
IBM Model M
Happy Hacking Keyboard
Space-cadet keyboard
Das Keyboard
Kinesis Advantage
ErgoDox
Logitech MX Master
MX Master
Logitech Trackman
SpaceMouse
# printers and scanners
HP ThinkJet
ThinkJet
HP OfficeJet
OfficeJet
HP DesignJet
DesignJet
HP DeskJet
HP ScanJet
ScanJet
Epson MX-80
Epson Stylus
Kurzweil Reading Machine
# terminals and teleprinters
ADM-3A
Lear Siegler ADM-3A
Wyse 50
Tektronix 4010
Tektronix 4014
Teletype Model 33
Teletype Model 33 ASR
ASR-33
Flexowriter
Minitel
# cameras and webcams
Canon EOS 5D
Nikon D1
Nikon D90
Kodak DCS 100
Sony Mavica
Polaroid SX-70
Logitech QuickCam
QuickCam
# routers, network adapters and modems
Linksys WRT54G
WRT54G
WRT54GL
Cisco AGS
Cisco 2500
Cisco 7200
Cisco CRS-1
Cisco Catalyst
Cisco ASA
Cisco PIX
FortiGate
MikroTik RouterBOARD
RouterBOARD
Interface Message Processor
3Com EtherLink
EtherLink
NE2000
Hayes Smartmodem
Smartmodem
# media players, streaming devices and smart home
Creative Zen
Creative Nomad
Diamond Rio
SanDisk Sansa
Sony Discman
Discman
Sony Trinitron
Trinitron
TiVo
Slingbox
Chromecast Ultra
Amazon Fire TV
Fire TV Stick
Amazon Echo Dot
Echo Dot
Google Nest Hub
Nest Hub
Nest Learning Thermostat
Amazon Dash Button
Philips Hue
# security keys, hardware wallets and hacking tools
YubiKey
RSA SecurID
SecurID
Ledger Nano S
Trezor
Antminer
Flipper Zero
HackRF
HackRF One
RTL-SDR
USRP

# ===== fourth round, second part (historic and niche products, issue #16): written from
# ===== general knowledge, entries that the dev
# ===== corpus measured below precision 0.2 (3+ matches) left out
# teleprinters and terminals
Teletype Model 28
Teletype Model 35
Teletype Model 37
KSR-33
Friden Flexowriter
IBM 2250
IBM 2260
IBM 3277
IBM 3278
IBM 3279
IBM 3290
IBM 3270 PC
VT05
VT125
VT240
VT340
VT420
VT510
VT520
LA36
DECwriter II
ADM-3
Hazeltine 1500
TeleVideo 910
TeleVideo 950
Wyse 60
Zenith Z-19
Tektronix 4051
Imlac PDS-1
Evans & Sutherland LDS-1
DEC GT40
HP 2640
Ann Arbor Ambassador
DMD 5620
Sun Ray 1
# minicomputers, workstations and servers
PDP-8/E
PDP-8/I
PDP-11/20
PDP-11/45
PDP-11/40
PDP-11/34
PDP-11/23
PDP-11/73
KA10
DECSYSTEM-2060
MicroVAX 3100
MicroVAX 2000
VAXstation 3100
VAX 6000
VAX 8800
VAXmate
DECstation 5000
DEC Multia
AlphaServer ES40
Data General Nova 1200
Data General AViiON
Data General One
HP 2100
HP 9830
HP 9845
HP-85
HP Portable Plus
HP Vectra
HP Integral PC
Wang Professional Computer
Interdata 7/32
Honeywell 6000
GE-635
SDS 930
XDS 940
CDC 160
CDC 160-A
CDC 6500
Cray SV1
Cray XE6
nCUBE 2
Meiko Computing Surface
Denelcor HEP
STARAN
Hitachi SR2201
NEC SX-9
CP-PACS
Tianhe-1
Tianhe-2A
JUGENE
SuperMUC-NG
LUMI
Apollo DN300
Sun-3/60
SPARCstation IPC
SPARCstation IPX
SPARCstation Voyager
SPARCbook
Sun Ultra 60
Sun Blade 1000
Sun Fire 15K
Sun Fire T2000
Sun Netra
SGI Crimson
SGI Personal IRIS
SGI Onyx2
SGI Octane2
SGI Fuel
SGI Origin 3000
RealityEngine
InfiniteReality
NeXTstation Color
Symbolics 3640
LMI Lambda
MIT CADR
TI Explorer
Xerox 1108
Xerox Dandelion
Xerox 820
Xerox NoteTaker
Intergraph InterPro
Sony NEWS
Pyramid 90x
NonStop Himalaya
# early and historic computers
Colossus Mark 2
Harvard Mark IV
Zuse Z22
Zuse Z23
IBM SSEC
IBM 604
IBM 1710
IBM 7040
IBM 7074
IBM 7950 Harvest
IBM NORC
UNIVAC 1101
UNIVAC 1110
UNIVAC LARC
UNIVAC Solid State
ERA 1103
Ferranti Mercury
Elliott 503
English Electric System 4
ICT 1900
ICL One Per Desk
Harwell Dekatron
SILLIAC
WEIZAC
DASK
AN/FSQ-32
AN/UYK-7
MIT Whirlwind
Lincoln TX-2
LINC-8
AVIDAC
DYSEAC
Complex Number Calculator
Musasino-1
FACOM 128
MESM
BESM-2
Minsk-2
Elbrus-2
Elektronika 60
ES EVM
Iskra-226
UKNC
DVK
Radio-86RK
Pravetz 8D
Robotron A5120
Robotron 1715
Didaktik Gama
PMD 85
Galaksija
Elwro 800 Junior
Mera-400
Odra 1305
K-202
Videoton TVC
Colossus Mark 1
# early microcomputers, kits and home computers
Altair 8800b
MITS Altair 680
SCELBI-8H
Cromemco Z-2
North Star Horizon
Ohio Scientific Challenger 4P
Ohio Scientific C1P
Heathkit H8
Compucolor II
Intel Intellec 8
RCA COSMAC ELF
COSMAC VIP
Apple III Plus
Commodore PET 8032
Commodore CBM-II
Commodore 128D
Commodore 1541-II
Commodore 8050
Commodore REU
Amiga 3000T
Atari 1040STE
Atari TT030
Atari Stacy
Atari 850
Atari Lynx II
Atari Transputer Workstation
ZX Printer
ZX Interface 2
Sinclair Executive
Sinclair Cambridge
Cambridge Z88
Sinclair MK14
Timex Sinclair 2068
BBC Micro Model A
BBC Master 128
Acorn A7000
Acorn Archimedes A310
Acorn Cambridge Workstation
Amstrad CPC 6128 Plus
Amstrad PCW 8256
Amstrad PCW16
Amstrad NC200
Amstrad E-m@iler
Dragon 64
Sord M5
Grundy NewBrain
Research Machines 380Z
RM Nimbus
Apricot Portable
ACT Sirius 1
Nascom 1
Nascom 2
Sharp MZ-80B
Sharp MZ-800
Sharp X1 Turbo
Sharp X68030
NEC PC-8201
NEC TK-80
NEC APC
Fujitsu FM-8
FM-77
FM Towns II
Hitachi Basic Master
Toshiba Pasopia
Sony Hit-Bit
Panasonic FS-A1GT
Philips VG-8020
Spectravideo SV-328
Epson QX-10
Epson PX-8
Mattel Intellivision
Coleco Telstar
Bally Professional Arcade
VTech Laser 128
Franklin Ace 1000
Microbee
EACA Video Genie
Tandy 2000
Tandy 102
TRS-80 Model 16
TRS-80 Pocket Computer
TRS-80 Color Computer 2
TRS-80 Color Computer 3
Tandy Video Information System
Tandy Zoomer
Kaypro 4
Osborne Executive
Morrow Micro Decision
Otrona Attaché
Zenith Z-150
Zenith SupersPort
Seequa Chameleon
Toshiba T1000
Toshiba T3100
Toshiba Portégé
Toshiba Dynabook
Olivetti M20
Olivetti M10
Olivetti P6060
Olivetti Elea 9003
Leading Edge Model D
TI Professional Computer
TI CC-40
Compaq Portable II
Compaq Portable III
Compaq LTE
Compaq Evo
Compaq SystemPro
# IBM and compatible machines, mainframes and peripherals
IBM 3350
IBM 3420
IBM 3590
IBM 3592
IBM 2301
IBM 2321 Data Cell
IBM 407
IBM 024
IBM 026
IBM 3705
IBM 3745
IBM 4381
IBM 3081
IBM 3033
IBM ES/9000
IBM 9672
IBM z900
IBM System z10
IBM LinuxONE
System/360 Model 20
System/360 Model 50
System/360 Model 75
System/360 Model 85
System/360 Model 195
System/370 Model 145
System/370 Model 155
System/370 Model 165
System/370 Model 168
IBM 5120
IBM JX
IBM PS/2 Model 30
IBM PS/2 Model 50
IBM PS/2 Model 80
IBM PS/ValuePoint
ThinkPad 701C
IBM 5155
IBM NetVista
IBM Network Station
IBM Netfinity
IBM 8514
IBM XGA
Multi-Color Graphics Array
MCGA
IBM 5153
IBM Music Feature Card
IBM Proprinter
IBM Wheelwriter
IBM Graphics Printer
IBM WorkPad
IBM Power 750
IBM DS8000
IBM FlashSystem
IBM SAN Volume Controller
IBM Enterprise Storage Server
# game consoles, add-ons, controllers and arcade hardware
Intellivision II
Entex Adventure Vision
Epoch Cassette Vision
Casio Loopy
Tiger R-Zone
Watara Supervision
Gamate
Neo Geo CDZ
Sega CDX
Sega TeraDrive
Sega Menacer
Sega Light Phaser
Sega NetLink
Sega ST-V
Sega System 16
Sega System 32
Sega NAOMI 2
Sega Lindbergh
Namco System 22
Namco System 246
CP System III
Nintendo VS. System
PlayChoice-10
Satellaview
Super NES CD-ROM
Super Game Boy 2
Game Boy Printer
Nintendo e-Reader
Pokéwalker
Wii Zapper
Transfer Pak
NES Advantage
Power Pad
Famicom 3D System
Nintendo Labo
Super NES Classic Edition
PSP Go
PSP-3000
PlayStation TV
GunCon
Dual Analog Controller
PlayStation 3 Slim
PlayStation 5 Pro
Xbox 360 S
Xbox Elite Wireless Controller
Xbox 360 controller
Xbox Wireless Controller
SideWinder Force Feedback Pro
SideWinder Precision Pro
Panasonic FZ-1
Panasonic Q
Philips Videopac G7000
Philips Videopac+ G7400
Interton VC 4000
Polymega
Analogue Super Nt
MiSTer
RetroN 5
EverDrive
Game Genie
GameShark
Pro Action Replay
Super Wild Card
Doctor V64
NeGcon
Dreamcast Keyboard
Visual Memory Unit
Game Link Cable
Nintendo Switch Pro Controller
# calculators, pocket computers, PDAs and e-readers
HP-17BII
HP-32SII
HP-48GX
HP 49G
HP-25
HP-97
HP-41CX
HP-01
TI-74
TI-82
TI-86
TI-89 Titanium
TI-Nspire CX CAS
TI-2500 Datamath
SR-50
BA II Plus
Speak & Spell
Casio FX-702P
Casio fx-991ES
Casio fx-9860G
Casio CFX-9850G
Sharp PC-1500
Sharp PC-1403
Sharp Wizard
Sharp QT-8D
Busicom LE-120A
ANITA Mk VII
Canon Pocketronic
Sinclair Cambridge Programmable
Elektronika B3-34
Brunsviga
Odhner Arithmometer
Stepped Reckoner
Difference Engine No. 2
Psion Series 3a
Psion Series 5mx
MessagePad 2000
Casio Zoomer
Palm IIIx
Palm Vx
Palm VII
Palm m500
Palm Zire
Palm Tungsten T
Palm TX
Palm Foleo
Palm Treo 700w
Palm Pre Plus
PalmPilot Personal
PalmPilot Professional
Pilot 5000
Handspring Visor Edge
Handspring Treo 180
HP Jornada 720
Compaq iPAQ H3600
Philips Nino
Vadem Clio
Sharp Zaurus SL-5500
Franklin Rex 6000
Franklin eBookMan
Royal da Vinci
SoftBook
Sony Reader PRS-500
Bookeen Cybook
Hanlin eReader
Kobo eReader
Kobo Touch
Onyx Boox
Kindle Voyage
Kindle Touch
Kindle Keyboard
Nook GlowLight
Amazon Kindle DX
Amazon Kindle Paperwhite
# mobile phones and pagers
Motorola Timeport
Motorola ROKR E1
Motorola Atrix 4G
Motorola Pageboy
Motorola Bravo
Motorola PageWriter
Motorola Envoy
Motorola Iridium 9500
Nokia 3650
Nokia 6210
Nokia 7610
Nokia 9210 Communicator
Nokia 9500 Communicator
Nokia E90 Communicator
Nokia 7710
Nokia N93
Nokia N97
Nokia Lumia 900
Nokia Lumia 1520
Mobira Senator
Siemens SX1
Alcatel One Touch Easy
Kyocera VP-210
Sharp J-SH04
Samsung Omnia
Samsung BlackJack
LG Chocolate
HTC Magic
HTC One X
HTC Touch Diamond
HTC Shift
O2 XDA
Orange SPV
Sendo X
Sony Ericsson P900
Sony Ericsson P990
Sony Ericsson K800i
Sony Ericsson Xperia X1
Ericsson T39
Ericsson T68
Ericsson GH 388
Qualcomm pdQ
BlackBerry 850
BlackBerry 957
BlackBerry Classic
BlackBerry Q10
Inter@ctive Pager
Iridium 9505
Globalstar GSP-1600
iPhone 15 Pro Max
iPhone XS Max
iPhone 11 Pro Max
# storage drives, disk systems and media
IBM Deskstar 75GXP
DEC RL02
RA81
RX50
DECtape II
TK50
Shugart SA-800
Seagate ST-412
Seagate Cheetah
Quantum Fireball
Maxtor DiamondMax
Western Digital Caviar
DiskOnKey
DiskOnChip
Fusion-io ioDrive
NetApp FAS
EMC Symmetrix
EMC CLARiiON
EMC Isilon
StorageTek Powderhorn
StorageTek SL8500
Zip 100
Iomega REV
SyQuest EZ135
Floptical
Exabyte 8mm
Advanced Intelligent Tape
QIC-80
LTO Ultrium
Apple FileWare
Apple ProFile
Apple UniDisk
Apple Time Capsule
Xserve RAID
Rotronics Wafadrive
Mitsumi Quick Disk
microSDHC
microSDXC
DualDisc
DVD-Audio
DVD-Video
CD-ROM XA
Photo CD
Capacitance Electronic Disc
Video High Density
Video 2000
Betacam
Betacam SP
Digital Betacam
HDCAM
DVCAM
DVCPRO
D-VHS
U-matic
Quadruplex videotape
Digital8
Digital Compact Cassette
Holographic Versatile Disc
XDCAM
# printers, plotters, typesetters and scanners
HP LaserJet II
HP LaserJet Plus
HP DeskJet 500
HP DeskWriter
HP 7470A
HP DraftMaster
CalComp 565
Epson FX-80
Epson LQ-1500
Epson Stylus Color
Okidata Microline
Star NX-10
NEC Pinwriter
Diablo 630
Qume Sprint 5
NEC Spinwriter
C.Itoh 8510
Apple Dot Matrix Printer
Apple Silentype
StyleWriter II
LaserWriter IINT
Apple Color LaserWriter
Xerox 9700
Xerox DocuTech
Xerox 914
Canon BJ-10e
QMS PS-810
Linotronic 300
Linotron 202
Monotype Lasercomp
Fujitsu ScanSnap
Logitech ScanMan
# 3D printers and fabrication machines
MakerBot Replicator 2
MakerBot Thing-O-Matic
Original Prusa i3 MK3S
Creality Ender 3
Fab@Home
RepRap Darwin
RepRap Mendel
# modems, routers and network hardware
Hayes Smartmodem 1200
Hayes Micromodem II
USRobotics Courier
USRobotics Sportster
Courier HST
Telebit TrailBlazer
Novation CAT
Motorola SURFboard
Alcatel SpeedTouch
Fritz!Box
La Fonera
Cisco Aironet
Cisco 7500
Cisco Catalyst 6500
Cisco 2600
Cisco UCS
Juniper M40
Ascend MAX
Livingston PortMaster
3Com 3C509
3Com 3C501
Novell NE1000
Intel PRO/1000
Mellanox ConnectX
Realtek RTL8139
Lucent WaveLAN
Terminal Interface Processor
BBN C/30
BBN Pluribus
Wellfleet BCN
TiVo Series2
ReplayTV
WebTV Plus
Boxee Box
Logitech Harmony
# sound cards, MIDI and electronic music hardware
AdLib Music Synthesizer Card
Sound Blaster AWE64
Pro Audio Spectrum 16
Disney Sound Source
Roland LAPC-I
Roland SC-55
MPU-401
Ensoniq Soundscape
Turtle Beach MultiSound
Aureal Vortex
Digidesign Mbox
Digidesign Audiomedia
Creative Music System
Game Blaster
Innovation SSI-2001
Windows Sound System
Mockingboard
Votrax Type 'N Talk
Fairlight CMI
Synclavier
Yamaha DX7
Roland TR-808
Roland TR-909
Roland TB-303
E-mu Emulator
Akai MPC60
Linn LM-1
LinnDrum
Prophet-5
Minimoog
RCA Mark II Sound Synthesizer
# graphics and video cards
Hercules InColor Card
ATI VGA Wonder
ATI Mach32
ATI Rage 128
ATI Rage Fury MAXX
S3 Savage3D
S3 Trio64
Number Nine Imagine 128
Matrox Mystique
Matrox G200
PowerVR Kyro
3dfx Voodoo Rush
Voodoo5 6000
Diamond Monster 3D
Nvidia NV1
Diamond Edge 3D
GeForce4 Ti 4600
GeForce FX 5800
GeForce 8800 GT
GeForce GTX 580
GeForce GTX 980 Ti
GeForce GTX 1070
GeForce RTX 2060
GeForce RTX 3070
Titan RTX
Tesla K80
Nvidia T4
Nvidia B200
DGX Station
Jetson TX1
Nvidia Drive PX
Quadro FX
Intel i740
Cerebras CS-1
Graphcore IPU
Groq LPU
AWS Trainium
# single-board computers, development boards and microcontroller kits
Arduino Esplora
Freeduino
Digispark
Adafruit Flora
Raspberry Pi Zero 2 W
PocketBeagle
HiFive Unleashed
HiFive Unmatched
Intel Joule
Kano Computer Kit
Pyboard
MSP430 LaunchPad
PICkit 3
Bus Pirate
Segger J-Link
Digilent Basys 3
ZedBoard
iCEstick
LEGO Mindstorms RCX
LEGO Spike Prime
Sphero
Furby
Sony QRIO
Shakey the robot
Unimate
PUMA 560
Stanford Arm
Boston Dynamics Spot
BigDog
iCub
# keyboards, mice, input devices and displays
IBM Model F
Northgate OmniKey
Apple Extended Keyboard
Apple Mighty Mouse
Microsoft Mouse
Logitech Marble Mouse
Datahand
Microwriter
KoalaPad
Apple Graphics Tablet
Wacom Intuos
Rand Tablet
Atari CX22 Trak-Ball
Kempston Interface
Logitech WingMan
Spaceball
VPL DataGlove
VFX1 Headgear
Virtuality 1000CS
Sensorama
Oculus Rift CV1
Magic Leap 2
IBM T221
Apple Monitor III
Apple Portrait Display
Apple Cinema HD Display
Sony GDM-FW900
NEC MultiSync
Owens-Illinois Digivue
# scientific, military, aerospace and special-purpose computers
Apollo Abort Guidance System
Gemini Guidance Computer
Launch Vehicle Digital Computer
IBM AP-101
Space Shuttle General Purpose Computer
Autonetics D-17B
CP-642
Naval Tactical Data System
Semi-Automatic Ground Environment
TRADIC
MADDIDA
BRLESC
Stone SouperComputer
HECToR
Anton 2
GRAPE-6
QCDOC
Deep Crack
EFF DES cracker
COPACOBANA
US Navy Bombe
Lorenz SZ40
SIGABA
Typex
Hagelin M-209
KL-7
KW-26
STU-III
Fialka
Enigma M4
"""
