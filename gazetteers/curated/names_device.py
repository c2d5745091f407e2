"""Device, second list (issue #16): more computers, consoles, phones, boards and
peripherals by name, written by the wsl maintainers from general knowledge. Proper names
only, matched case-sensitively; model-number variants are left to the versioned-device
and vendor + model rules in lfs/software.py and lfs/developer.py."""

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
"""
