"""Application: software products and kinds of software. Following the WikiSER schema,
whose types follow Wikipedia's categories, the mainstream operating-system product
families (Windows, Linux, Unix, macOS, iOS, Android, MS-DOS, CP/M, OS/2) are filed here
as software, not under Operating_System. Curated by the wsl maintainers."""

TYPE = "Application"

CASED = """
Windows
Microsoft Windows
Windows NT
Windows CE
Windows Mobile
Windows Phone
Windows Server
Windows XP
Windows Vista
Windows ME
Windows 95
Windows 2000
Win32s
Linux
GNU/Linux
Unix
UNIX
macOS
Mac OS
Mac OS X
Classic Mac OS
OS X
iOS
iPadOS
watchOS
tvOS
Android
MS-DOS
PC DOS
PC-DOS
FreeDOS
CP/M
OS/2
Xenix
Chrome OS
ChromeOS
Fuchsia
Tizen
Symbian
BlackBerry OS
webOS
Firefox
Mozilla Firefox
Google Chrome
Chromium
Safari
Internet Explorer
Microsoft Edge
Netscape
Netscape Navigator
Netscape Communicator
Mosaic
NCSA Mosaic
Lynx
Konqueror
Microsoft Office
Microsoft Word
Microsoft Excel
Excel
PowerPoint
Microsoft PowerPoint
Microsoft Outlook
Outlook
Microsoft Access
LibreOffice
OpenOffice.org
Apache OpenOffice
WordPerfect
WordStar
Lotus 1-2-3
Lotus Notes
VisiCalc
Google Docs
Google Sheets
Google Drive
Gmail
Google Maps
Google Search
Google Earth
Emacs
GNU Emacs
XEmacs
Vim
vi
Notepad
Notepad++
Sublime Text
Visual Studio
Visual Studio Code
Eclipse
IntelliJ IDEA
Xcode
NetBeans
Android Studio
Git
Mercurial
Subversion
Apache Subversion
Perforce
GitHub
GitLab
Bitbucket
SourceForge
MySQL
PostgreSQL
SQLite
Oracle Database
Microsoft SQL Server
SQL Server
MongoDB
Redis
MariaDB
Db2
IBM Db2
CouchDB
Elasticsearch
dBase
FileMaker
Apache HTTP Server
Apache Tomcat
Tomcat
nginx
Nginx
Internet Information Services
Microsoft IIS
Sendmail
Postfix
Exim
Samba
OpenSSH
PuTTY
VLC
VLC media player
Windows Media Player
iTunes
Winamp
QuickTime
RealPlayer
Audacity
GIMP
Photoshop
Adobe Photoshop
Adobe Illustrator
Adobe Acrobat
Adobe Reader
Adobe Flash
Flash Player
Adobe Flash Player
Adobe Premiere
Final Cut Pro
Inkscape
Blender
AutoCAD
Autodesk Maya
Mathematica
Maple
SPSS
Jupyter
Skype
Slack
Microsoft Teams
WhatsApp
Telegram
Discord
Thunderbird
Mozilla Thunderbird
Pidgin
Steam
Docker
Kubernetes
VirtualBox
VMware
VMware Workstation
QEMU
Xen
Hyper-V
Wine
DOSBox
MAME
BusyBox
PowerShell
Windows PowerShell
GNOME
KDE
KDE Plasma
Xfce
LXDE
Windows Explorer
File Explorer
Microsoft Paint
Homebrew
dpkg
APT
RPM
YUM
Jenkins
Ansible
Puppet
Terraform
Wireshark
tcpdump
Nmap
Metasploit
GCC
GNU Compiler Collection
Clang
LLVM
Microsoft Visual C++
Borland
Turbo Pascal
OpenGL
DirectX
Vulkan
GTK
GTK+
NumPy
SciPy
PyTorch
Apache Hadoop
Hadoop
Apache Spark
WordPress
Drupal
Joomla
MediaWiki
Wikipedia
Facebook
Twitter
Instagram
Dropbox
OneDrive
iCloud
Amazon Web Services
AWS
Microsoft Azure
Google Cloud Platform
SAP
Salesforce
Minecraft
Doom
Quake
Tetris
SimCity
The Sims
World of Warcraft
Fortnite
Pac-Man
Unreal Engine
Google
API
APIs
GUI
GUIs
FAT
FAT12
FAT16
FAT32
exFAT
NTFS
ext2
ext3
ext4
HFS
HFS+
APFS
ZFS
Btrfs
XFS
ReiserFS
JFS
ISO 9660
UDF
Oracle
"""

UNCASED = """
web server
application server
file server
database server
proxy server
proxy
web browser
browser
device driver
graphical user interface
user interface
command-line interface
command line interface
text editor
source-code editor
database management system
relational database management system
file manager
web application
mobile app
plug-in
plugin
emulator
virtual machine monitor
antivirus software
web search engine
email client
application software
computer program
free software
open-source software
proprietary software
utility software
computer software
debugger
linker
integrated development environment
version control
instant messaging
window manager
root folder
file allocation table
hardware driver
word processing
"""
