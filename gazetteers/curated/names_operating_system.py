"""Operating_System, second list (issue #16): more operating systems and distributions by
name, written by the wsl maintainers from general knowledge. Following the WikiSER schema,
the Windows, macOS, Linux, Android and iOS families stay Application (see application.py);
distributions, Unix systems, mainframe, embedded and hobby systems are Operating_System.
Proper names only, matched case-sensitively."""

TYPE = "Operating_System"
SOURCE = "names"

CASED = """
# Linux distributions
Kubuntu
Xubuntu
Lubuntu
Ubuntu Server
Edubuntu
elementary OS
Zorin OS
Pop!_OS
Manjaro
Manjaro Linux
Mageia
PCLinuxOS
Puppy Linux
Damn Small Linux
Tiny Core Linux
Funtoo
Sabayon
Void Linux
NixOS
Guix System
GuixSD
Clear Linux
Rocky Linux
AlmaLinux
Oracle Linux
Scientific Linux
Amazon Linux
Yellow Dog Linux
Turbolinux
Caldera OpenLinux
Corel Linux
Linspire
Lindows
Xandros
MEPIS
antiX
MX Linux
Deepin
Solus
Parrot OS
BackTrack
Qubes OS
Whonix
Debian GNU/Linux
RHEL
SLES
Mandrake Linux
Mandrake
Conectiva
Linux From Scratch
Yocto Project
OpenWrt
DD-WRT
LibreELEC
OpenELEC
SteamOS
ChromiumOS
Chromium OS
# mobile and embedded
LineageOS
CyanogenMod
Replicant
GrapheneOS
CalyxOS
Sailfish OS
MeeGo
Maemo
Moblin
Ubuntu Touch
postmarketOS
KaiOS
Firefox OS
HarmonyOS
OpenHarmony
EMUI
One UI
ColorOS
OxygenOS
Wear OS
Android Wear
bada
BlackBerry 10
Newton OS
EPOC
EPOC32
Garnet OS
QNX Neutrino
LynxOS
RTEMS
Nucleus RTOS
µC/OS
µC/OS-II
Mbed OS
NuttX
Apache NuttX
ChibiOS
embOS
OSEK
ITRON
TRON
BTRON
T-Kernel
# Unix and BSD
Ultrix
ULTRIX
Digital UNIX
OSF/1
A/UX
OPENSTEP
Mac OS X Server
SCO OpenServer
OpenServer
System V
UNIX System V
Unix System V
System III
386BSD
4.2BSD
4.3BSD
4.4BSD
BSD/OS
BSDi
MidnightBSD
GhostBSD
NomadBSD
FreeNAS
TrueNAS
pfSense
OPNsense
Research Unix
Version 7 Unix
Version 6 Unix
V7 Unix
SINIX
Reliant UNIX
DG/UX
Dynix
DYNIX/ptx
UTS
Amoeba
GNU Mach
Fiasco
Redox OS
SerenityOS
# mainframe and minicomputer systems
DOS/360
z/VSE
VSE
TSS/360
Michigan Terminal System
TPF
z/TPF
MVS/ESA
MVS/XA
OS/VS1
OS/VS2
SVS
CP/CMS
VM/370
i5/OS
CPF
GCOS
GECOS
CTSS
Compatible Time-Sharing System
Incompatible Timesharing System
TENEX
WAITS
RSTS/E
RSX-11M
VAX/VMS
PRIMOS
AOS/VS
EXEC 8
OS 2200
THE multiprogramming system
RC 4000
Burroughs MCP
# personal computer systems
AmigaDOS
MorphOS
AROS
MultiTOS
MiNT
SkyOS
KolibriOS
MenuetOS
TempleOS
eComStation
Windows NT kernel
Commodore DOS
CBM DOS
Apple ProDOS
GS/OS
Mac OS 9
Mac OS 8
System 7
Copland
Rhapsody
A/ROSE
NEXTSTEP
"""
