"""Device, second list (issue #16): more computers, consoles, phones, boards and
peripherals by name, written by the wsl maintainers from general knowledge. Proper names
only, matched case-sensitively; model-number variants are left to the versioned-device
and vendor + model rules in lfs/software.py and lfs/developer.py."""

TYPE = "Device"
SOURCE = "names"

CASED = """
# Apple
Apple I
Apple II
Apple IIe
Apple IIc
Apple IIGS
Apple II Plus
Apple III
Apple Lisa
Macintosh
Macintosh 128K
Macintosh 512K
Macintosh Plus
Macintosh SE
Macintosh II
Macintosh Classic
Macintosh LC
Macintosh Portable
Macintosh Quadra
Power Macintosh
Power Mac
Power Mac G3
Power Mac G4
Power Mac G5
PowerBook
PowerBook G4
iBook
iMac
iMac G3
Mac Mini
Mac mini
Mac Pro
Mac Studio
MacBook
MacBook Air
MacBook Pro
Xserve
Apple Watch
Apple TV
AirPods
HomePod
iPod Touch
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
IBM PC
IBM Personal Computer
IBM PC XT
IBM PC/XT
IBM PC AT
IBM PC/AT
IBM PCjr
PCjr
IBM PS/2
System/370
System/390
System/3
System/32
System/34
System/36
System/38
AS/400
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
PDP-1
PDP-6
PDP-7
PDP-8
PDP-10
PDP-11
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
SPARCstation
Sun-1
Sun-2
Sun-3
Sun-4
Sun Ultra
Sun Fire
NeXT Computer
NeXTcube
NeXTstation
Xerox Alto
Xerox Star
Cray-1
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
Commodore 128
Commodore PET
Commodore VIC-20
VIC-20
Commodore 16
Commodore Plus/4
Amiga 500
Amiga 600
Amiga 1000
Amiga 1200
Amiga 2000
Amiga 3000
Amiga 4000
Amiga CD32
Atari 400
Atari 800
Atari ST
Atari TT
Atari Falcon
Atari Jaguar
Atari Lynx
Atari 5200
Atari 7800
Atari 8-bit family
TRS-80
TRS-80 Color Computer
Osborne 1
Altair 8800
IMSAI 8080
Sinclair ZX80
ZX80
ZX81
Sinclair ZX81
Sinclair QL
Amstrad PCW
Acorn Electron
Acorn Archimedes
Acorn Atom
BBC Micro
Oric-1
Oric Atmos
Dragon 32
MSX2
PC-8801
PC-9801
PC-98
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
Neo Geo
Neo Geo Pocket
TurboGrafx-16
Sega Master System
Sega Mega Drive
Sega CD
Mega-CD
Sega 32X
Sega Saturn
Sega Dreamcast
Sega Game Gear
Family Computer
Virtual Boy
Game Boy
Game Boy Color
Game Boy Advance
Nintendo DS
Nintendo DSi
New Nintendo 3DS
Wii U
3DO Interactive Multiplayer
Philips CD-i
CD-i
N-Gage
Nokia N-Gage
Ouya
Steam Deck
Steam Machine
Xbox One
Xbox Series X/S
PlayStation 2
PlayStation 5
PlayStation Vita
PS Vita
PS1
PS2
PS5
PSone
Oculus Rift
Oculus Quest
Meta Quest
HTC Vive
Valve Index
HoloLens
Microsoft HoloLens
Wii Remote
DualShock
# phones, tablets, wearables, appliances
Nokia 3310
Nokia N95
Motorola RAZR
Motorola Razr
Motorola Droid
Palm Pilot
PalmPilot
Palm Treo
Handspring Visor
Galaxy Nexus
Nexus One
Nexus 5
Nexus 7
Google Pixel
HTC Dream
T-Mobile G1
Kindle Fire
Amazon Kindle
Chromebook
Chromebox
Chromecast
Fire TV
Amazon Echo
Fitbit
Microsoft Surface
Microsoft Zune
Sony Walkman
Walkman
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
BeagleBoard
ESP8266
ESP32
Jetson Nano
NVIDIA Jetson
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
Radeon
Nvidia Tesla
Nvidia Quadro
"""
