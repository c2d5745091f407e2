"""Application, second list (issue #16): more software products, web services, game
titles and file systems by name, written by the wsl maintainers from general knowledge.
Proper names only, matched case-sensitively; names that are plain English words (Atom,
Brave, Pages, Unity, Signal) are left out. Video games are Application in the WikiSER
schema, like the other software titles."""

TYPE = "Application"
SOURCE = "names"

CASED = """
# graphics, video, audio, design
Adobe After Effects
After Effects
Adobe InDesign
InDesign
Adobe Lightroom
Lightroom
Adobe Dreamweaver
Dreamweaver
Adobe Audition
Adobe Animate
Adobe Creative Suite
Adobe Creative Cloud
Adobe Premiere Pro
Premiere Pro
Acrobat Reader
Adobe AIR
Adobe Shockwave
Shockwave Player
Macromedia Flash
Macromedia Director
Macromedia Dreamweaver
Macromedia FreeHand
Adobe FreeHand
PageMaker
Aldus PageMaker
QuarkXPress
CorelDRAW
Corel Painter
Paint Shop Pro
Paint.NET
Krita
Scribus
Affinity Photo
Affinity Designer
Figma
3ds Max
3D Studio Max
Cinema 4D
ZBrush
SketchUp
SolidWorks
CATIA
Revit
Autodesk Revit
Fusion 360
LightWave 3D
Softimage
POV-Ray
Godot
CryEngine
GameMaker
GameMaker Studio
RPG Maker
id Tech
iMovie
GarageBand
Logic Pro
FL Studio
Ableton Live
Pro Tools
Cubase
LMMS
Ardour
Vegas Pro
DaVinci Resolve
Avid Media Composer
HandBrake
OBS Studio
Open Broadcaster Software
Kdenlive
OpenShot
Shotcut
MPlayer
Media Player Classic
MPC-HC
foobar2000
Kodi
XBMC
Plex
Amarok
Rhythmbox
Audacious
XMMS
Spotify
SoundCloud
Nero Burning ROM
ImgBurn
K3b
Daemon Tools
XnView
Picasa
iPhoto
# office and productivity
Microsoft Project
Microsoft Visio
Visio
Microsoft OneNote
OneNote
Microsoft Publisher
Microsoft Exchange
Microsoft Exchange Server
Exchange Server
Microsoft Dynamics
Microsoft Works
Microsoft Money
Microsoft Flight Simulator
Microsoft Silverlight
Silverlight
Microsoft Visual Studio
Visual FoxPro
FoxPro
WordPad
Windows Movie Maker
Windows Live Messenger
MSN Messenger
Windows Live Mail
Outlook Express
Hotmail
Outlook.com
Bing
Cortana
Windows Defender
Microsoft Defender
Windows Update
Windows Installer
Windows Terminal
Windows Subsystem for Linux
Task Manager
Registry Editor
Windows Task Manager
Microsoft Store
Windows Store
OpenOffice
KOffice
Calligra Suite
Gnumeric
AbiWord
WPS Office
iWork
AppleWorks
ClarisWorks
HyperCard
Lotus Symphony
Lotus SmartSuite
Quattro Pro
Harvard Graphics
Evernote
Notion
Trello
Jira
Confluence
Asana
Zoom Video Communications
Webex
Cisco Webex
GoToMeeting
Mattermost
Rocket.Chat
Zulip
# Apple, Google and other platform services
Siri
FaceTime
iMessage
Apple Music
App Store
Mac App Store
Apple Maps
Apple Pay
iBooks
AirDrop
Boot Camp
Google Play
Google Play Store
Google Analytics
Google Translate
Google Calendar
Google Photos
Google Assistant
Google Hangouts
Google Meet
Google Talk
Google Wave
Google+
Google Reader
Google Books
Google News
Google Street View
Google Slides
Google Forms
Google App Engine
Google Workspace
G Suite
Google Ads
AdWords
AdSense
Firebase
Blogger
Orkut
Tumblr
LiveJournal
Myspace
MySpace
LinkedIn
Reddit
Pinterest
Snapchat
TikTok
WeChat
Viber
ICQ
AOL Instant Messenger
Yahoo! Messenger
Yahoo! Mail
Adium
Trillian
Miranda IM
Kopete
mIRC
XChat
irssi
WeeChat
Wikidata
Wikimedia Commons
Stack Exchange
Internet Archive
Wayback Machine
Amazon S3
Amazon EC2
Amazon RDS
Amazon DynamoDB
DynamoDB
AWS Lambda
Amazon CloudFront
Heroku
Netlify
Vercel
DigitalOcean
Cloudflare
OpenStack
CloudStack
Apache CloudStack
Proxmox
VMware ESXi
ESXi
vSphere
VMware vSphere
VMware Fusion
XenServer
Citrix XenServer
Parallels Desktop
OpenShift
SaltStack
GitLab CI
TeamCity
Bugzilla
Redmine
Trac
MantisBT
Phabricator
Gerrit
SonarQube
Artifactory
Gogs
Launchpad
Freshmeat
CPAN
CRAN
Maven Central
Packagist
Docker Hub
Flathub
F-Droid
# servers, databases, middleware
Lighttpd
IIS
Oracle WebLogic
WebLogic
WebSphere
IBM WebSphere
WildFly
GlassFish
memcached
Cassandra
HBase
Apache HBase
ActiveMQ
Apache ActiveMQ
ZooKeeper
Apache ZooKeeper
Apache Solr
Solr
Couchbase
Riak
Grafana
Kibana
Logstash
Splunk
Nagios
Zabbix
Ingres
Informix
IBM Informix
Teradata
SAP HANA
InterBase
HSQLDB
Apache Derby
Apache Hive
Apache Pig
Apache Flink
Apache Airflow
Apache Mesos
Apache Cocoon
Apache Struts
Apache Lucene
Elastic Stack
# security and system utilities
Burp Suite
John the Ripper
Hashcat
Aircrack-ng
Snort
Suricata
OpenVAS
Nessus
GnuPG
KeePass
LastPass
1Password
Bitwarden
VeraCrypt
TrueCrypt
BitLocker
FileVault
ClamAV
Norton AntiVirus
McAfee VirusScan
Kaspersky Anti-Virus
Malwarebytes
CCleaner
PKZIP
rsync
Wget
WinSCP
FileZilla
Cyberduck
TeamViewer
AnyDesk
Remote Desktop Connection
TightVNC
RealVNC
UltraVNC
Norton Commander
Midnight Commander
Total Commander
Far Manager
Directory Opus
Thunar
GNU Screen
tmux
iTerm2
Konsole
GNOME Terminal
xterm
htop
GParted
Clonezilla
Norton Ghost
Acronis True Image
PartitionMagic
GRUB
GNU GRUB
LILO
SYSLINUX
U-Boot
coreboot
Coreboot
Libreboot
Open Firmware
systemd
SysVinit
Upstart
launchd
# desktops, window managers, display servers
LXQt
Openbox
Fluxbox
IceWM
Window Maker
FVWM
xmonad
Compiz
KWin
Mutter
Metacity
Weston
X.Org
Windows Shell
Program Manager
Windows Aero
# editors and IDEs
TextMate
BBEdit
UltraEdit
EditPlus
Geany
gedit
jEdit
Code::Blocks
Dev-C++
KDevelop
Anjuta
MonoDevelop
Xamarin Studio
VSCode
WebStorm
PhpStorm
RubyMine
GoLand
DataGrip
JBuilder
JDeveloper
BlueJ
DrJava
RStudio
Jupyter Notebook
Turbo C
Turbo C++
Borland C++
C++Builder
Watcom C
Open Watcom
# browsers
Opera Mini
Opera Mobile
Mozilla Suite
Mozilla Application Suite
Camino
Pale Moon
Waterfox
Tor Browser
w3m
ELinks
Dillo
NetSurf
Amaya
iCab
OmniWeb
Maxthon
UC Browser
Samsung Internet
Chrome
Eudora
Mutt
KMail
Claws Mail
Sylpheed
Novell GroupWise
GroupWise
# games
Quake II
Quake III Arena
Wolfenstein 3D
Half-Life
Half-Life 2
Counter-Strike
Team Fortress 2
Dota 2
Defense of the Ancients
League of Legends
StarCraft
StarCraft II
Warcraft III
Diablo II
Diablo III
Overwatch
Hearthstone
Grand Theft Auto
Grand Theft Auto III
Grand Theft Auto IV
Grand Theft Auto V
Grand Theft Auto: San Andreas
Grand Theft Auto: Vice City
Super Mario Bros.
Super Mario 64
Super Mario World
Super Mario Kart
Mario Kart
The Legend of Zelda
Pokémon Go
Space Invaders
Pong
Galaxian
Galaga
Street Fighter II
Mortal Kombat
Final Fantasy VII
Metal Gear Solid
Halo 2
Halo 3
Call of Duty
Skyrim
The Elder Scrolls V: Skyrim
Fallout 3
Fallout 4
Age of Empires
Age of Empires II
Command & Conquer
Lemmings
Prince of Persia
Zork
Colossal Cave Adventure
NetHack
Angband
Dwarf Fortress
Spacewar!
Ms. Pac-Man
Frogger
Lode Runner
Bubble Bobble
Angry Birds
Candy Crush Saga
FarmVille
Second Life
Guild Wars
Guild Wars 2
EVE Online
Eve Online
Star Wars Galaxies
MapleStory
Roblox
Terraria
Stardew Valley
Among Us
PlayerUnknown's Battlegrounds
Apex Legends
Rocket League
Red Dead Redemption
Red Dead Redemption 2
BioShock
Mass Effect
Deus Ex
System Shock
Unreal Tournament
Tomb Raider
Crash Bandicoot
Gran Turismo
Need for Speed
Wii Sports
Animal Crossing
Castlevania
Mega Man
Duke Nukem 3D
Hexen
The Secret of Monkey Island
King's Quest
Space Quest
SimCity 2000
The Sims 2
Populous
Dungeon Keeper
Theme Hospital
Rayman
Tekken
Soulcalibur
Guitar Hero
Rock Band
Dance Dance Revolution
Chrono Trigger
EarthBound
Kingdom Hearts
Shenmue
Left 4 Dead
Portal 2
World of Tanks
Elite Dangerous
Kerbal Space Program
Cities: Skylines
Minesweeper
Microsoft Solitaire
# file systems (Application in the WikiSER schema, like FAT and NTFS)
Ext4
HPFS
ReFS
UFS
Unix File System
JFFS2
UBIFS
F2FS
YAFFS
NILFS
OCFS2
GFS2
GPFS
Lustre
Ceph
GlusterFS
HDFS
Hadoop Distributed File System
Andrew File System
SquashFS
cramfs
tmpfs
procfs
sysfs
FUSE
OverlayFS
UnionFS
aufs
Files-11
"""
