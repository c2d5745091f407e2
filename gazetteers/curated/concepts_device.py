"""Device, concept list (issue #16): kinds of hardware devices named in lower case — classes
of computers, mobile and wearable devices, consoles and their controllers, storage devices and
media, internal components and boards, input, display, printing and communication
peripherals — written by the wsl maintainers from general knowledge. ``UNCASED``: matched
ignoring case, '-'/'_'/spacing and a plural 's'."""

TYPE = "Device"
SOURCE = "concepts"

UNCASED = """
# kinds of computer
all-in-one computer
tablet pc
ultrabook
ultra-mobile pc
subnotebook
portable computer
luggable computer
pocket computer
palmtop computer
handheld pc
single-board computer
single-board microcontroller
computer-on-module
development board
industrial pc
programmable logic controller
blade server
rack server
19-inch rack
dumb terminal
teleprinter
teletypewriter
lisp machine
analog computer
mechanical computer
transistor computer
tabulating machine
unit record equipment
# mobile, wearable and consumer devices
camera phone
flip phone
satellite phone
phablet
activity tracker
smart glasses
head-mounted display
optical head-mounted display
virtual reality headset
vr headset
wearable technology
e-book reader
portable media player
digital audio player
mp3 player
smart speaker
smart tv
set-top box
digital media player
digital video recorder
information appliance
graphing calculator
programmable calculator
scientific calculator
electronic calculator
pocket calculator
automated teller machine
smart card
sim card
subscriber identity module
security token
electronic organizer
gps navigation device
voip phone
fax machine
photocopier
digital camera
# consoles and game controllers
microconsole
dedicated console
light gun
racing wheel
dance pad
motion controller
d-pad
directional pad
analog stick
arcade cabinet
handheld electronic game
# storage devices and media
computer data storage
data storage device
removable media
solid-state storage
memory stick
thumb drive
pen drive
rom cartridge
game cartridge
punch card
magnetic stripe card
punched tape
magnetic tape data storage
tape library
compact cassette
cassette tape
drum memory
magnetic bubble memory
disk storage
disk array
disk enclosure
hard disk drive platter
external hard drive
hybrid drive
ram drive
optical disc drive
optical drive
dvd recorder
videocassette recorder
cd-rom drive
dvd drive
magneto-optical drive
network-attached storage
direct-attached storage
memory module
dual in-line memory module
single in-line memory module
so-dimm
guid partition table
# internal components and boards
mainboard
daughterboard
backplane
riser card
tv tuner card
video capture card
network adapter
network interface card
wireless network interface controller
host adapter
host bus adapter
raid controller
disk controller
floppy disk controller
hard disk controller
video display controller
power supply unit
uninterruptible power supply
computer case
computer cooling
computer fan
heat sink
thermal paste
cpu socket
pin grid array
land grid array
ball grid array
dual in-line package
breadboard
crystal oscillator
northbridge
southbridge
platform controller hub
super i/o
baseboard management controller
trusted platform module
hardware security module
# input devices
computer peripheral
peripheral device
pointing device
optical mouse
pointing stick
trackpad
graphics tablet
light pen
digital pen
keypad
numeric keypad
barcode reader
barcode scanner
memory card reader
fingerprint scanner
3d scanner
flatbed scanner
# displays and output
computer monitor
liquid-crystal display
cathode-ray tube
flat-panel display
led display
plasma display
electronic paper
video projector
head-up display
refreshable braille display
computer speakers
computer printer
laser printer
line printer
daisy wheel printer
thermal printer
impact printer
3d printer
plotter
multifunction printer
# connectivity and accessories
cable modem
dsl modem
acoustic coupler
softmodem
kvm switch
usb hub
docking station
port replicator
dongle
ac adapter
midi controller
"""
