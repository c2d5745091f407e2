"""Device: computers, consoles, handhelds, phones, storage media, peripherals and ports
(the PlayStation 3, which the schema files under Operating_System, is listed there).
Under the WikiSER schema, plain 'DOS' (the disk operating system as a platform) is filed
as Device. Curated by the wsl maintainers."""

TYPE = "Device"

CASED = """
# GPU and accelerator product lines named in install guides
NVIDIA GeForce
GeForce
NVIDIA Quadro
NVIDIA Tesla
NVIDIA Jetson
AMD Radeon
Radeon
AMD Instinct
Intel Arc
Apple Silicon
DOS
IBM PC
IBM PC compatible
IBM PC/AT
IBM PC/XT
IBM PCjr
IBM System/360
System/360
System/370
AS/400
PS/2
Macintosh
Apple Macintosh
iMac
MacBook
MacBook Pro
MacBook Air
Mac mini
Mac Pro
Power Macintosh
Apple I
Apple II
Apple IIe
Apple IIGS
Apple III
Apple Lisa
iPhone
iPad
iPod
iPod Touch
Apple Watch
Apple TV
Commodore 64
Commodore 128
Commodore PET
VIC-20
Amiga
Amiga 500
Amiga 1000
Atari ST
Atari 800
Atari 2600
Atari Jaguar
Atari Lynx
TRS-80
BBC Micro
Acorn Archimedes
Amstrad CPC
MSX
NEC PC-98
PC-98
Sinclair ZX81
ZX81
ZX Spectrum
Osborne 1
Kaypro
Altair 8800
IMSAI 8080
PDP-1
PDP-8
PDP-10
PDP-11
VAX
DEC Alpha
Cray-1
NeXT
NeXTcube
SPARCstation
Raspberry Pi
Arduino
BeagleBoard
Kindle
Amazon Kindle
Nook
Chromebook
ThinkPad
Microsoft Surface
Samsung Galaxy
Google Pixel
BlackBerry
Palm Pilot
Game Boy
Game Boy Color
Game Boy Advance
Nintendo DS
Nintendo DSi
Nintendo 64
Nintendo Entertainment System
NES
Super Nintendo Entertainment System
SNES
GameCube
Nintendo GameCube
Nintendo Switch
Wii U
PlayStation
PlayStation 2
PlayStation 5
PS1
PS2
PS5
PS Vita
PlayStation Vita
Xbox
Xbox One
Xbox Series X
Xbox Series X/S
Sega Genesis
Mega Drive
Sega Mega Drive
Master System
Sega Saturn
Dreamcast
Sega Dreamcast
Neo Geo
TurboGrafx-16
Oculus Rift
HoloLens
Kinect
Walkman
LPT1
LPT2
LPT3
COM1
COM2
COM3
COM4
SSD
HDD
CD-ROM
DVD-ROM
Blu-ray
ROM
EPROM
EEPROM
PROM
NVRAM
PlayStation 4
PlayStation Portable
PSP
PS4
Xbox 360
Wii
Nintendo 3DS
3DS
Nintendo DS Lite
NDS
GBA
PS/1
IBM System/370
S/370
Sega CD
LPT4
CGA
EGA
MDA
Hercules Graphics Card
Scroll Lock
Num Lock
Caps Lock
Print Screen
SysRq
Esc
CD-ROMs
DVDs
CMOS
IBM 650
IBM 704
IBM 1401
"""

UNCASED = """
personal computer
desktop computer
laptop
laptop computer
notebook computer
netbook
tablet computer
cell phone
feature phone
wearable computer
e-reader
handheld game console
video game console
game console
home video game console
handheld computer
personal digital assistant
workstation
thin client
hard disk drive
hard disk
hard drive
disk drive
floppy disk
floppy disk drive
diskette
solid-state drive
flash memory
flash drive
USB flash drive
memory card
SD card
optical disc
compact disc
tape drive
read-only memory
motherboard
expansion card
graphics card
video card
sound card
network interface controller
network card
dot matrix printer
inkjet printer
image scanner
keyboard
computer keyboard
computer mouse
joystick
gamepad
game controller
touchscreen
trackball
touchpad
display device
headphones
input device
output device
disk read-and-write head
read/write head
volume boot record
master boot record
boot sector
plug compatible
microcode
floppy
floppies
chipset
function key
keyboard shortcut
tablet computers
graphics adapter
display adapter
hard disks
hard drives
floppy disks
"""
