"""Application, second list (issue #16): more software products, web services, game
titles and file systems by name, written by the wsl maintainers from general knowledge.
Proper names only, matched case-sensitively; names that are plain English words (Atom,
Brave, Pages, Unity, Signal) are left out. Video games are Application in the WikiSER
schema, like the other software titles.

The names after the "fourth round" line were written later the same way and filtered by
their dev precision (gazetteers/SOURCES.md, "Fourth round")."""

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

# ===== fourth round (issue #16): written from general knowledge, entries that the dev
# ===== corpus measured below precision 0.2 (3+ matches) left out
# web browsers
Vivaldi
GNOME Web
Midori
Falkon
K-Meleon
Galeon
Yandex Browser
QQ Browser
Puffin Browser
Amazon Silk
Internet Explorer 6
Internet Explorer 7
Internet Explorer 8
Internet Explorer 9
Internet Explorer 10
Internet Explorer 11
Internet Explorer for Mac
Internet Explorer Mobile
Microsoft Edge Legacy
Cyberdog
HotJava
ViolaWWW
Line Mode Browser
Firefox Focus
Firefox for Android
Firefox ESR
Mobile Safari
LibreWolf
Iceweasel
GNU IceCat
Comodo Dragon
qutebrowser
# browser extensions and plug-ins
uBlock Origin
Adblock Plus
Greasemonkey
Tampermonkey
Privacy Badger
HTTPS Everywhere
Ghostery
Google Toolbar
Java Plug-in
Google Gears
# email clients and webmail
Apple Mail
Windows Mail
Pegasus Mail
Netscape Messenger
NeoMutt
Lotus cc:Mail
cc:Mail
Microsoft Entourage
Outlook Web Access
Kontact
ProtonMail
Tutanota
Fastmail
Windows Live Hotmail
Roundcube
SquirrelMail
# mail and groupware servers
qmail
Dovecot
Cyrus IMAP
Zimbra
Zimbra Collaboration Suite
MDaemon
hMailServer
IBM Domino
Lotus Domino
HCL Domino
IBM Notes
OpenSMTPD
SpamAssassin
Apache SpamAssassin
GNU Mailman
LISTSERV
Open-Xchange
Kolab
procmail
fetchmail
Exchange Online
# instant messaging, chat and VoIP
Facebook Messenger
Gaim
Gajim
Ekiga
Linphone
Jitsi
Jitsi Meet
Threema
Wickr
Keybase
Kik Messenger
BlackBerry Messenger
iChat
Google Duo
Google Chat
Google Voice
Skype for Business
Microsoft Lync
Lync
Microsoft Office Communicator
Windows Messenger
Microsoft NetMeeting
NetMeeting
CU-SeeMe
TeamSpeak
Ventrilo
Quassel
Konversation
KVIrc
ChatZilla
UnrealIRCd
HipChat
IBM Sametime
Cisco Jabber
KakaoTalk
Tencent QQ
FreeSWITCH
FreePBX
Kamailio
Cisco Unified Communications Manager
WebEx
Adobe Connect
ejabberd
Openfire
# office suites, word processors and spreadsheets
Microsoft Office 365
Microsoft Office 97
Microsoft Office 2000
Microsoft Office XP
Microsoft Office 2003
Microsoft Office 2007
Microsoft Office 2010
Microsoft Office 2013
Microsoft Office 2016
Microsoft Office for Mac
Microsoft Office Online
Office Online
Microsoft InfoPath
InfoPath
SharePoint Server
SharePoint Online
SharePoint Designer
Microsoft Groove
Microsoft Encarta
Encarta
Microsoft Bob
Microsoft Write
Multiplan
Microsoft Expression Web
Microsoft Expression Blend
Microsoft FrontPage
FrontPage
Microsoft Office Excel
Microsoft Office Word
LibreOffice Writer
LibreOffice Calc
LibreOffice Impress
LibreOffice Draw
LibreOffice Base
OpenOffice.org Writer
OpenOffice.org Calc
OpenOffice.org Impress
OpenOffice Writer
StarWriter
NeoOffice
KWord
KSpread
KPresenter
Calligra Words
SoftMaker Office
Kingsoft Office
OnlyOffice
ONLYOFFICE
Collabora Online
Google Sites
Google Keep
IBM Lotus Symphony
Lotus Word Pro
Ami Pro
Lotus Organizer
Lotus Agenda
Lotus Improv
Lotus Freelance Graphics
Lotus Approach
XyWrite
MultiMate
Electric Pencil
MacDraw
Nisus Writer
Scrivener
Org-mode
OmniOutliner
OmniGraffle
SuperCalc
Borland Paradox
Borland Quattro Pro
Borland Sidekick
dBASE
dBASE II
dBASE III
dBASE IV
FileMaker Pro
4th Dimension
Progress OpenEdge
Prezi
Aldus Persuasion
Aldus FreeHand
Corel WordPerfect
WordPerfect Office
Corel Quattro Pro
Hangul Word Processor
Ichitaro
# desktop publishing, typesetting and documentation
Ventura Publisher
Adobe FrameMaker
FrameMaker
Adobe PageMaker
Serif PagePlus
Affinity Publisher
LyX
GNU TeXmacs
TeXstudio
TeXShop
Texmaker
Kile
WinEdt
Overleaf
MiKTeX
TeX Live
MacTeX
JabRef
Pandoc
Javadoc
JSDoc
MkDocs
Asciidoctor
Jekyll
Adobe RoboHelp
MadCap Flare
Oxygen XML Editor
XMLSpy
Apache FOP
wkhtmltopdf
PhantomJS
pdfTeX
XeTeX
LuaTeX
# graphics, photo, animation and 3D software
Adobe Photoshop Elements
Photoshop Elements
Adobe Photoshop Lightroom
Adobe Bridge
Adobe Camera Raw
Adobe Fireworks
Macromedia Fireworks
Adobe Flash Professional
Adobe Flash Builder
Flex Builder
Adobe Captivate
Adobe GoLive
Adobe XD
Adobe Muse
Adobe Premiere Elements
Adobe Encore
Adobe Soundbooth
Adobe Media Encoder
Adobe Acrobat Pro
Adobe Acrobat Reader
Acrobat Distiller
Adobe Type Manager
Adobe Director
Flash Lite
Substance Painter
Adobe Digital Editions
Macromedia Authorware
Macromedia HomeSite
Adobe ColdFusion
Macromedia ColdFusion
Fontographer
FontForge
FontLab
Corel Photo-Paint
Corel VideoStudio
Pixelmator
PaintTool SAI
Clip Studio Paint
MyPaint
KolourPaint
Tux Paint
Deluxe Paint
Aseprite
Pencil2D
Synfig
OpenToonz
Toon Boom Harmony
Anime Studio
TVPaint
darktable
RawTherapee
digiKam
Shotwell
F-Spot
gThumb
Gwenview
Eye of GNOME
Okular
FastStone Image Viewer
ACDSee
Windows Photo Viewer
Windows Photo Gallery
Windows Live Photo Gallery
Capture One
Hugin
PTGui
GraphicsMagick
ExifTool
Xara Xtreme
Sodipodi
draw.io
diagrams.net
SmartDraw
Balsamiq
Bryce 3D
DAZ Studio
Wings 3D
MilkShape 3D
Mudbox
Autodesk Mudbox
MotionBuilder
Autodesk Softimage
Softimage XSI
Autodesk 3ds Max
3D Studio
3D Studio MAX
SideFX Houdini
Maxon Cinema 4D
LightWave
Foundry Nuke
RenderMan
Pixar RenderMan
V-Ray
Mental Ray
mental ray
OctaneRender
Blender Game Engine
Unity3D
Unreal Editor
UnrealEd
Unreal Engine 3
Unreal Engine 4
Unreal Engine 5
Source SDK
Valve Hammer Editor
Hammer Editor
Worldcraft
GtkRadiant
Construct 2
Clickteam Fusion
The Games Factory
Amazon Lumberyard
Torque Game Engine
Stencyl
GDevelop
Roblox Studio
Adventure Game Studio
Godot Engine
# CAD, CAE, EDA and engineering software
AutoCAD LT
AutoCAD Civil 3D
Autodesk Inventor
Autodesk Fusion 360
Autodesk Navisworks
Autodesk Alias
Autodesk Eagle
SOLIDWORKS
CATIA V5
Siemens NX
Unigraphics
Solid Edge
Teamcenter
PTC Creo
Pro/ENGINEER
FreeCAD
LibreCAD
QCAD
BRL-CAD
DraftSight
BricsCAD
IntelliCAD
TurboCAD
MicroStation
ArchiCAD
Vectorworks
Rhinoceros 3D
Rhino 3D
Grasshopper 3D
Onshape
Tinkercad
Ultimaker Cura
PrusaSlicer
Slic3r
MeshLab
Mastercam
Tekla Structures
ETABS
SAP2000
STAAD.Pro
ANSYS
Ansys
ANSYS Fluent
COMSOL Multiphysics
COMSOL
OpenFOAM
Abaqus
LS-DYNA
Nastran
MSC Nastran
NASTRAN
HyperMesh
STAR-CCM+
Code_Aster
CalculiX
Gmsh
Dymola
OpenModelica
Simulink
Stateflow
XFOIL
PSpice
LTspice
HSPICE
ngspice
Multisim
Electronics Workbench
KiCad
CadSoft EAGLE
Altium Designer
Protel
OrCAD
Cadence Allegro
Cadence Virtuoso
gEDA
Fritzing
EasyEDA
Quartus
Quartus II
Quartus Prime
Xilinx ISE
Vivado
Xilinx Vivado
ModelSim
Design Compiler
Verilator
Icarus Verilog
GHDL
Yosys
GTKWave
Magic VLSI
LabVIEW
NI LabVIEW
LabWindows/CVI
Arduino IDE
PlatformIO
MPLAB
MPLAB X
Atmel Studio
AVR Studio
STM32CubeIDE
Code Composer Studio
Keil µVision
IAR Embedded Workbench
OpenOCD
AVRDUDE
avrdude
CODESYS
TIA Portal
WinCC
# audio and music software
Cool Edit Pro
Sound Forge
WaveLab
Steinberg Cubase
Nuendo
Avid Pro Tools
Logic Pro X
Logic Express
Emagic Logic
MainStage
FruityLoops
Propellerhead Reason
Bitwig Studio
REAPER
Cakewalk Sonar
Studio One
Digital Performer
Samplitude
ACID Pro
Renoise
Avid Sibelius
MuseScore
Dorico
GNU LilyPond
Guitar Pro
TuxGuitar
Melodyne
Auto-Tune
Traktor
Serato DJ
VirtualDJ
Mixxx
Max/MSP
Pure Data
Sonic Pi
VCV Rack
Soundtrack Pro
FluidSynth
TiMidity++
Shazam
SoundHound
# media players, media servers and media stores
SMPlayer
MPC-BE
PotPlayer
KMPlayer
GOM Player
Media Player Classic Home Cinema
BSPlayer
Xine
xine
Exaile
Quod Libet
MusicBee
MediaMonkey
AIMP
JRiver Media Center
Windows Media Center
MediaPortal
Emby
Jellyfin
Plex Media Server
Boxee
Miro Video Player
cmus
Music Player Daemon
SHOUTcast
Icecast
Sonique
Windows Media Encoder
Windows Media Services
Windows Media Player 11
Windows Media Player 12
RealOne Player
RealJukebox
Helix Server
MusicMatch Jukebox
Zune software
Groove Music
QuickTime Player
QuickTime Pro
Darwin Streaming Server
Front Row
iTunes Store
JuK
Dragon Player
Kaffeine
Noatun
IINA
MusicBrainz Picard
Mp3tag
EasyTAG
WinDVD
PowerDVD
CyberLink PowerDVD
# video editing, streaming, disc and download tools
Media Composer
Sony Vegas
Sony Vegas Pro
Pinnacle Studio
Avid Liquid
Ulead VideoStudio
CyberLink PowerDirector
Camtasia
Camtasia Studio
Snagit
Bandicam
Fraps
XSplit
Lightworks
Cinelerra
Avidemux
VirtualDub
Pitivi
Wondershare Filmora
HitFilm
Natron
Blackmagic Fusion
Apple Motion
Final Cut Pro X
Final Cut Express
Final Cut Studio
DVD Studio Pro
Apple Shake
Avid Xpress
EDIUS
MEncoder
MKVToolNix
MakeMKV
DVD Shrink
DVD Decrypter
AnyDVD
Roxio Creator
Roxio Toast
Easy CD Creator
CDBurnerXP
InfraRecorder
Brasero
cdrtools
cdrecord
Alcohol 120%
DAEMON Tools
PowerISO
UltraISO
balenaEtcher
UNetbootin
Ventoy
Win32 Disk Imager
Media Creation Tool
Exact Audio Copy
dBpoweramp
CDex
youtube-dl
yt-dlp
JDownloader
Internet Download Manager
Free Download Manager
FlashGet
GetRight
aria2
DownThemAll!
# file sharing and BitTorrent clients
Napster
LimeWire
Kazaa
Grokster
BearShare
Shareaza
eMule
aMule
eDonkey2000
Audiogalaxy
WinMX
Soulseek
FrostWire
Vuze
Azureus
µTorrent
uTorrent
qBittorrent
BitComet
rTorrent
ruTorrent
KTorrent
Tribler
DC++
RetroShare
OnionShare
Syncthing
Resilio Sync
KDE Connect
# web services, social networks and search engines
Yahoo! Search
GeoCities
PeerTube
PayPal
Alipay
Google Pay
Google Wallet
CodePen
JSFiddle
Replit
Compiler Explorer
CompuServe
MSN
Lycos
AltaVista
Ask Jeeves
Ask.com
HotBot
WebCrawler
Infoseek
Cuil
DuckDuckGo
Wolfram Alpha
Startpage
Searx
Live Search
MSN Search
Bing Maps
Bing Translator
Microsoft Translator
Bing Chat
arXiv
Google Lens
Google Now
Google Bard
Google Play Music
Google Play Books
Google Play Services
Google Buzz
Google Desktop
Google Video
Google Earth Pro
Google SketchUp
Google Apps
Google Groups
Google Classroom
Google Authenticator
Google Fonts
Google Tag Manager
Chrome Web Store
YouTube Music
Waze
Amazon Appstore
Amazon Alexa
# cloud platforms and services
Amazon Elastic Compute Cloud
Amazon Simple Storage Service
Amazon SQS
Amazon Simple Queue Service
Amazon SNS
Amazon Redshift
Amazon Aurora
Amazon ElastiCache
Amazon EBS
Amazon Elastic Block Store
Amazon Glacier
Amazon VPC
Amazon Route 53
Amazon CloudWatch
AWS CloudFormation
CloudFormation
AWS Elastic Beanstalk
Amazon ECS
Amazon EKS
AWS Fargate
Amazon Kinesis
Amazon EMR
Amazon Elastic MapReduce
Amazon Athena
AWS Glue
Amazon SageMaker
Amazon Rekognition
Amazon Cognito
AWS Cloud9
Amazon Lightsail
Amazon SimpleDB
AWS CLI
Azure Functions
Azure DevOps
Azure Blob Storage
Azure SQL Database
Azure Cosmos DB
Cosmos DB
Azure Kubernetes Service
Azure App Service
Azure Active Directory
Azure AD
Microsoft Entra ID
Azure Data Factory
Azure Synapse Analytics
Azure Machine Learning
Azure Databricks
Azure Sentinel
Azure Stack
Azure OpenAI Service
Azure HDInsight
Windows Azure
Google Cloud
Google Cloud Storage
Google Compute Engine
Google Kubernetes Engine
Google Cloud Functions
Google Colab
Kaggle
Google Cloud Dataflow
Google BigQuery
BigQuery
Google Bigtable
Bigtable
Google Cloud Spanner
Google Spanner
Google Cloud Pub/Sub
Vertex AI
IBM Cloud
IBM Bluemix
Oracle Cloud
Oracle Cloud Infrastructure
Alibaba Cloud
Linode
Nextcloud
ownCloud
Seafile
Microsoft OneDrive
SkyDrive
iCloud Drive
MobileMe
Supabase
Red Hat OpenShift
Cloud Foundry
OpenNebula
oVirt
Proxmox VE
Proxmox Virtual Environment
Microsoft Hyper-V
# databases and data platforms
Sybase
Sybase ASE
Sybase IQ
SQL Anywhere
Adaptive Server Enterprise
SAP MaxDB
Adabas
IBM IMS
IDMS
InterSystems Caché
Greenplum
EnterpriseDB
Percona Server
Galera Cluster
MySQL Cluster
MySQL Workbench
H2 Database Engine
Firebird
Microsoft Jet Database Engine
Jet Database Engine
Extensible Storage Engine
SQL Server Express
SQL Server 2005
SQL Server 2008
MSDE
SQL Server Integration Services
SQL Server Reporting Services
SQL Server Analysis Services
SQL Server Management Studio
Oracle RAC
Oracle TimesTen
Oracle Coherence
Oracle Rdb
Oracle SQL Developer
SQL*Plus
Oracle Forms
Oracle APEX
Essbase
IBM DB2
DB2
Btrieve
db4o
Vertica
Netezza
MonetDB
Apache Druid
Apache Pinot
Trino
Apache Impala
Apache Drill
Apache Accumulo
ScyllaDB
Couchbase Server
RethinkDB
RavenDB
ArangoDB
OrientDB
MarkLogic
BaseX
eXist-db
JanusGraph
Dgraph
AllegroGraph
OpenLink Virtuoso
Valkey
Aerospike
Tokyo Cabinet
etcd
FoundationDB
CockroachDB
TiDB
YugabyteDB
Vitess
PgBouncer
OpenSearch
Meilisearch
TimescaleDB
OpenTSDB
Prometheus
VictoriaMetrics
kdb+
RRDtool
Apache Pulsar
IBM MQ
WebSphere MQ
MQSeries
Microsoft Message Queuing
MSMQ
Mosquitto
Apache Qpid
Apache Storm
Apache NiFi
Apache Oozie
Apache Sqoop
Apache Flume
Apache Zeppelin
Apache Superset
Apache Phoenix
Apache Ignite
Hazelcast
VoltDB
MemSQL
SingleStore
Informatica PowerCenter
Pentaho
phpMyAdmin
pgAdmin
HeidiSQL
DBeaver
Navicat
Toad for Oracle
Sequel Pro
MongoDB Compass
MongoDB Atlas
Robomongo
DB Browser for SQLite
ERwin
PowerDesigner
Flyway
Liquibase
# web, application, proxy and directory servers, CMS
Apache httpd
LiteSpeed Web Server
Zeus Web Server
Sun Java System Web Server
Netscape Enterprise Server
CERN httpd
NCSA HTTPd
thttpd
Personal Web Server
Internet Information Server
Traefik
Istio
Linkerd
Apache Traffic Server
OpenResty
Phusion Passenger
PHP-FPM
JBoss AS
Oracle WebLogic Server
BEA WebLogic
IBM WebSphere Application Server
WebSphere Application Server
Apache Geronimo
SAP NetWeaver
Oracle Application Server
Microsoft BizTalk Server
BizTalk Server
Microsoft ISA Server
Mule ESB
Liferay
Privoxy
Tinyproxy
Varnish Cache
Stunnel
Keepalived
BIND 9
dnsmasq
PowerDNS
djbdns
CoreDNS
Pi-hole
ISC DHCP
ntpd
OpenLDAP
FreeIPA
Novell eDirectory
Keycloak
FreeRADIUS
CUPS
Common Unix Printing System
Ghostscript
Xpdf
MuPDF
SumatraPDF
Foxit Reader
Zathura
cPanel
Plesk
Webmin
Plone
TYPO3
Umbraco
DotNetNuke
Sitecore
Movable Type
Textpattern
PHP-Nuke
XOOPS
Strapi
DokuWiki
TWiki
MoinMoin
TiddlyWiki
PmWiki
XWiki
WikiWikiWeb
UseModWiki
Magento
WooCommerce
PrestaShop
osCommerce
phpBB
vBulletin
Invision Power Board
Simple Machines Forum
MyBB
XenForo
Moodle
Blackboard Learn
Open edX
# editors and IDEs
JetBrains Rider
AppCode
ReSharper
YouTrack
IntelliJ
Eclipse CDT
Eclipse Che
Eclipse Theia
Spring Tool Suite
MyEclipse
Aptana Studio
Zend Studio
Komodo IDE
Komodo Edit
Wing IDE
Spyder
Thonny
PyDev
VSCodium
Visual Studio Express
Visual Studio Community
Visual Studio .NET
Visual Studio 2005
Visual Studio 2008
Visual Studio 2010
Visual Studio for Mac
Visual C++ 6.0
Visual InterDev
Microsoft Visual J++
QuickC
Microsoft Macro Assembler
MASM
Turbo Assembler
Turbo Debugger
Borland C++Builder
Borland Delphi
Embarcadero Delphi
RAD Studio
Kylix
Metrowerks CodeWarrior
CodeWarrior
THINK C
Macintosh Programmer's Workshop
Project Builder
Interface Builder
Quartz Composer
TextWrangler
TextPad
PSPad
EmEditor
SlickEdit
Source Insight
GNU nano
KWrite
Netscape Composer
SLIME
DrRacket
Rational Rose
Rational Software Architect
Rational DOORS
Rational Purify
Enterprise Architect
MagicDraw
Visual Paradigm
StarUML
ArgoUML
Umbrello
yEd
Graphviz
# compilers, build tools and package managers
GNU C Compiler
Intel Fortran Compiler
Intel Parallel Studio
Intel oneAPI
Open64
Watcom C/C++
DJGPP
Tiny C Compiler
Portable C Compiler
lcc
SDCC
Small Device C Compiler
GNAT
GNU Fortran
g77
f2c
Lazarus IDE
Glasgow Haskell Compiler
GHC
GHCi
Jikes
GCJ
GNU Compiler for Java
Nuitka
PyInstaller
py2exe
cx_Freeze
ActivePython
ActivePerl
Strawberry Perl
.NET Compiler Platform
IL2CPP
Closure Compiler
UglifyJS
esbuild
Browserify
webpack
Webpack
Vite
Lerna
gulp.js
nvm
RVM
rbenv
pyenv
Swift Package Manager
Fastlane
Apache Ivy
Buildroot
OpenEmbedded
Zypper
zypper
YaST
Flatpak
Snapcraft
snapd
PackageKit
Advanced Packaging Tool
RPM Package Manager
DNF
MacPorts
pkgsrc
Windows Package Manager
Ninite
Synaptic Package Manager
Synaptic
GNOME Software
Ubuntu Software Center
debootstrap
Open Build Service
GNU Guix
Hackage
CTAN
Bioconductor
LuaRocks
JFrog Artifactory
Sonatype Nexus
Anaconda Navigator
# developer, version control, CI and testing tools
GitHub Pages
GitHub Copilot
GitHub Desktop
GitHub Enterprise
GitHub Gist
GitHub CLI
Dependabot
Bitbucket Server
SourceHut
Codeberg
Gitee
GNU Savannah
CodePlex
Gitorious
GNU Bazaar
Darcs
GNU arch
BitKeeper
ClearCase
IBM Rational ClearCase
Team Foundation Server
Visual SourceSafe
Microsoft Visual SourceSafe
Plastic SCM
Helix Core
AccuRev
PVCS
SCCS
Source Code Control System
Revision Control System
Concurrent Versions System
TortoiseSVN
TortoiseGit
TortoiseHg
SourceTree
GitKraken
SmartGit
Git for Windows
Magit
git-annex
Git LFS
git-svn
Gitolite
Review Board
Atlassian Bamboo
JIRA
Mantis Bug Tracker
Pivotal Tracker
Airtable
Primavera P6
GanttProject
OpenProject
GoCD
Concourse CI
Argo CD
Buildbot
CruiseControl
Octopus Deploy
BrowserStack
Sauce Labs
SonarLint
Coverity
Klocwork
Snyk
FindBugs
SpotBugs
PMD
Checkstyle
ESLint
JSLint
JSHint
Pylint
Flake8
RuboCop
Cppcheck
clang-tidy
clang-format
PC-lint
PVS-Studio
ShellCheck
mypy
gofmt
rustfmt
JaCoCo
gcov
Swagger UI
SoapUI
ngrok
ApacheBench
Apache JMeter
JMeter
LoadRunner
Selenium IDE
Selenium Grid
Appium
HP Quality Center
WinRunner
Chrome DevTools
Firefox Developer Tools
Web Inspector
W3C Markup Validation Service
HTML Tidy
Crashlytics
# debuggers, profilers and reverse-engineering tools
GNU Debugger
WinDbg
OllyDbg
x64dbg
IDA Pro
Interactive Disassembler
Ghidra
Radare2
radare2
Binary Ninja
SoftICE
Immunity Debugger
dnSpy
ILSpy
.NET Reflector
JD-GUI
Apktool
Magisk
TWRP
Android Debug Bridge
Android Emulator
SystemTap
ftrace
ltrace
Electric Fence
RenderDoc
Callgrind
Cachegrind
KCachegrind
OProfile
JProfiler
VisualVM
JConsole
Process Explorer
Process Monitor
Autoruns
PsExec
Sysinternals
Process Hacker
Dependency Walker
Resource Hacker
UPX
Cheat Engine
HxD
Hex Workshop
WinHex
Beyond Compare
WinMerge
KDiff3
# antivirus, security and network tools
Avast Antivirus
AVG AntiVirus
Avira
Bitdefender
ESET NOD32
NOD32
Kaspersky Internet Security
Norton Internet Security
Norton 360
Norton Utilities
Norton SystemWorks
Symantec Endpoint Protection
Symantec AntiVirus
McAfee Total Protection
Trend Micro Internet Security
PC-cillin
Sophos Anti-Virus
F-Secure Anti-Virus
Panda Antivirus
Comodo Internet Security
ZoneAlarm
Little Snitch
Windows Firewall
Spybot – Search & Destroy
Spybot - Search & Destroy
Ad-Aware
HijackThis
ComboFix
Dr.Web
Microsoft Security Essentials
Microsoft Defender Antivirus
Windows Live OneCare
CrowdStrike Falcon
VirusTotal
Cuckoo Sandbox
The Sleuth Kit
EnCase
Forensic Toolkit
Maltego
Nikto
sqlmap
w3af
OWASP ZAP
Acunetix
Nexpose
Cobalt Strike
Mimikatz
THC-Hydra
Ophcrack
Cain and Abel
L0phtCrack
Ettercap
dsniff
NetStumbler
Zenmap
nmap
masscan
hping
TShark
mitmproxy
Microsoft Network Monitor
Netcat
netcat
socat
iperf
MRTG
Munin
Icinga
Nagios Core
OpenNMS
Zenoss
Datadog
New Relic
Dynatrace
collectd
Fluentd
Graylog
PagerDuty
OSSEC
chkrootkit
ModSecurity
fail2ban
IBM QRadar
ArcSight
Check Point FireWall-1
iptables
nftables
ufw
firewalld
strongSwan
Openswan
Tailscale
ZeroTier
Hamachi
NordVPN
Cisco AnyConnect
Shadowsocks
KeePassX
KeePassXC
Dashlane
PGP Desktop
Gpg4win
Enigmail
Cryptomator
cryptsetup
EncFS
Certbot
HashiCorp Vault
# virtualisation, containers and emulators
Kernel-based Virtual Machine
Bochs
PCem
86Box
Microsoft Virtual PC
Virtual PC
Windows Virtual PC
Microsoft Virtual Server
Windows Sandbox
VMware Player
VMware Workstation Player
VMware Server
VMware ESX
VMware ESX Server
vCenter Server
VMware Horizon
VMware ThinApp
VMware NSX
VMware Tools
vMotion
Citrix XenApp
XenApp
Citrix XenDesktop
Citrix MetaFrame
Citrix NetScaler
Oracle VM VirtualBox
Oracle VM Server
Virtuozzo
OpenVZ
LXC
LXD
rkt
CRI-O
containerd
runc
gVisor
Docker Desktop
Docker Swarm
Docker Engine
Docker Machine
Buildah
HashiCorp Nomad
Minikube
K3s
MicroK8s
Knative
OpenFaaS
Apache OpenWhisk
Kubeflow
MLflow
Portainer
bhyve
PearPC
SheepShaver
Basilisk II
Anbox
BlueStacks
Genymotion
Rosetta 2
CrossOver
PlayOnLinux
Lutris
DXVK
SIMH
WinUAE
ZSNES
Snes9x
bsnes
Nestopia
FCEUX
VisualBoyAdvance
DeSmuME
PCSX2
ePSXe
DuckStation
RPCS3
PPSSPP
Cemu
Project64
UltraHLE
Kega Fusion
RetroArch
OpenEmu
DOSBox-X
NTVDM
Virtual DOS Machine
bleem!
Connectix Virtual Game Station
virt-manager
HashiCorp Terraform
OpenTofu
Pulumi
Ansible Tower
CFEngine
Rundeck
Red Hat Satellite
Capistrano
# shells, terminals, remote access and file transfer
PowerShell ISE
PowerShell Core
Command Prompt
4DOS
GNU Core Utilities
GNU coreutils
coreutils
util-linux
GNU grep
XZ Utils
GNU tar
GNU Parted
ntfs-3g
mdadm
GNU Parallel
ripgrep
Byobu
Tilix
Guake
Alacritty
iTerm
Terminal.app
rxvt
ConEmu
Termux
MobaXterm
SecureCRT
Tera Term
HyperTerminal
Minicom
Mosh
CuteFTP
WS_FTP
FireFTP
SmartFTP
gFTP
lftp
ProFTPD
vsftpd
Pure-FTPd
FileZilla Server
TigerVNC
Chrome Remote Desktop
Remote Desktop Services
Terminal Services
Remmina
rdesktop
FreeRDP
xrdp
NoMachine
X2Go
LogMeIn
GoToMyPC
Apple Remote Desktop
pcAnywhere
Radmin
Back Orifice
NetBus
Xming
XQuartz
Xvfb
XWayland
GNOME Shell
KDE Plasma 5
MATE
Common Desktop Environment
AfterStep
twm
dwm
Ratpoison
StumpWM
Compiz Fusion
LightDM
SDDM
# system utilities, file managers, backup and boot software
Windows Control Panel
Microsoft Management Console
Event Viewer
Disk Cleanup
Disk Defragmenter
System Restore
Snipping Tool
Windows Calculator
Windows Notepad
Character Map
Windows Search
Windows Script Host
Windows Error Reporting
Dr. Watson
Windows Server Update Services
Windows Live Writer
Windows Live Movie Maker
Windows Live Essentials
ScanDisk
CHKDSK
DriveSpace
DoubleSpace
XTree
Windows File Manager
Double Commander
Krusader
PCManFM
WinDirStat
TestDisk
PhotoRec
Recuva
Symantec Ghost
Bacula
BorgBackup
Veritas NetBackup
Backup Exec
IBM Tivoli Storage Manager
HP OpenView
Zendesk
OTRS
Request Tracker
System Center Configuration Manager
Systems Management Server
Microsoft Intune
CPU-Z
Prime95
MemTest86
Memtest86+
3DMark
Geekbench
MSI Afterburner
GeForce Experience
f.lux
ShareX
BleachBit
Hiren's BootCD
rEFInd
systemd-boot
NTLDR
GRUB 2
ISOLINUX
PXELINUX
OpenRC
runit
syslog-ng
rsyslog
udev
NetworkManager
wpa_supplicant
Avahi
# enterprise, business and finance software
SAP ERP
SAP R/3
SAP S/4HANA
SAP Business One
SAP BusinessObjects
BusinessObjects
Crystal Reports
SAP SuccessFactors
SAP NetWeaver Application Server
Oracle E-Business Suite
Siebel CRM
PeopleSoft
JD Edwards
NetSuite
Salesforce.com
Force.com
Power BI
Microsoft Power BI
Power Automate
Power Apps
Microsoft Dynamics 365
Dynamics 365
Dynamics AX
Dynamics NAV
Dynamics CRM
Microsoft Dynamics CRM
Navision
Qlik Sense
QlikView
MicroStrategy
Cognos
IBM Cognos
TIBCO Spotfire
SAS Enterprise Guide
RapidMiner
KNIME
Weka
OpenRefine
IBM SPSS Statistics
SPSS Modeler
HubSpot
Mailchimp
SurveyMonkey
Qualtrics
DocuSign
QuickBooks
TurboTax
SugarCRM
Odoo
OpenERP
ERPNext
Apache OFBiz
GnuCash
KMyMoney
Bloomberg Terminal
MetaTrader 4
Bitcoin Core
MetaMask
VistA
OpenEMR
ImageJ
3D Slicer
FreeSurfer
# scientific, mathematical and statistical software
Wolfram Mathematica
SageMath
wxMaxima
Mathcad
GeoGebra
Desmos
The Geometer's Sketchpad
OriginPro
SigmaPlot
GraphPad Prism
ParaView
VisIt
Visual Molecular Dynamics
PyMOL
Jmol
RasMol
UCSF Chimera
GAMESS
NWChem
VASP
Quantum ESPRESSO
GROMACS
CHARMM
NAMD
LAMMPS
AutoDock
ChemDraw
Open Babel
Clustal
ClustalW
MAFFT
HMMER
SAMtools
GATK
Integrative Genomics Viewer
MrBayes
RAxML
PhyML
Cytoscape
Gephi
Pajek
Minitab
EViews
gretl
PSPP
Statistica
NVivo
Stellarium
Celestia
KStars
IRAF
SETI@home
Folding@home
# GIS and mapping software
ArcGIS
ArcGIS Desktop
ArcGIS Pro
ArcMap
ArcView
ArcInfo
QGIS
GRASS GIS
gvSIG
MapInfo
JOSM
GeoServer
MapServer
PostGIS
MapQuest
# Apple software
iLife
iDVD
iWeb
iCal
Apple Aperture
Xsan
WebObjects
TextEdit
Disk Utility
Activity Monitor
Keychain Access
Automator
HyperStudio
# Microsoft Windows, macOS and Android releases
Windows 1.0
Windows 2.0
Windows 3.0
Windows 3.1
Windows 3.11
Windows for Workgroups
Windows Me
Windows NT 3.1
Windows NT 3.51
Windows NT 4.0
Windows XP Professional
Windows XP Home Edition
Windows XP Media Center Edition
Windows Server 2008 R2
Windows Server 2012
Windows Server 2016
Windows Server 2019
Windows Home Server
Windows Small Business Server
Windows Embedded
Windows Embedded CE
Windows RT
Windows 10 Mobile
Windows Phone 7
Windows Phone 8
Windows PE
Mac OS X Tiger
Mac OS X Leopard
Mac OS X Snow Leopard
OS X Mountain Lion
OS X Yosemite
macOS Sierra
macOS Catalina
macOS Big Sur
Android TV
Android Auto
# AI assistants, speech and accessibility software
ChatGPT
DALL-E
Midjourney
IBM Watson
Bixby
ELIZA
SHRDLU
AlphaGo
AlphaZero
AlphaFold
Stockfish
TensorBoard
Grammarly
Dragon NaturallySpeaking
IBM ViaVoice
VoiceOver
TalkBack
eSpeak
CMU Sphinx
Kaldi
Home Assistant
Node-RED
IFTTT
Zapier
SwiftKey
Gboard
IBus
# translation software
SDL Trados
OmegaT
Poedit
Apertium
# app stores, game services and consumer apps
Cydia
Android Market
Flipboard
Feedly
Liferea
TweetDeck
Xbox Live
Epic Games Store
GOG Galaxy
Battle.net
Games for Windows – Live
itch.io
# installers and updaters
Inno Setup
InstallShield
WiX Toolset
ClickOnce
Java Web Start
# early computer and arcade games
Tennis for Two
Computer Space
Hunt the Wumpus
Donkey Kong
Donkey Kong Jr.
Mario Bros.
Dig Dug
Q*bert
Battlezone
Missile Command
Berzerk
Robotron: 2084
Sinistar
Moon Patrol
BurgerTime
Elevator Action
Marble Madness
Arkanoid
Qix
Spy Hunter
Dragon's Lair
Rally-X
Pengo
Mappy
Xevious
Zaxxon
Pole Position
Operation Wolf
Double Dragon
Final Fight
Golden Axe
R-Type
Gradius
Gradius V
Ikari Warriors
Out Run
Hang-On
Space Harrier
After Burner
Altered Beast
Bomberman
Super Bomberman
Bomberman 64
Puzzle Bobble
Bust-a-Move
Metal Slug
Ghosts 'n Goblins
Ghouls 'n Ghosts
Bionic Commando
NBA Jam
Cruis'n USA
Virtua Fighter
Virtua Fighter 2
Virtua Fighter 5
Virtua Racing
Virtua Tennis
Daytona USA
Ridge Racer
The House of the Dead
Time Crisis
Killer Instinct
Primal Rage
Darkstalkers
Yars' Revenge
River Raid
Pitfall!
Punch-Out!!
Mike Tyson's Punch-Out!!
Super Punch-Out!!
Road Rash
Crazy Taxi
Ikaruga
Radiant Silvergun
Beatmania
Beatmania IIDX
Taiko no Tatsujin
# 8-bit and 16-bit home computer games
Manic Miner
Jet Set Willy
Impossible Mission
Boulder Dash
Choplifter
M.U.L.E.
Turrican
Frontier: Elite II
Sensible Soccer
Cannon Fodder
Castle Wolfenstein
Mystery House
Starflight
Star Control II
Where in the World Is Carmen Sandiego?
Mavis Beacon Teaches Typing
Kid Pix
The Incredible Machine
Zoombinis
Sokoban
# roguelikes and text adventures
Ancient Domains of Mystery
Dungeon Crawl Stone Soup
Tales of Maj'Eyal
Cataclysm: Dark Days Ahead
Caves of Qud
Zork I
Zork II
Zork III
Zork: The Great Underground Empire
LambdaMOO
MUD1
DikuMUD
LPMud
# Nintendo: Mario and Donkey Kong
Super Mario Bros. 2
Super Mario Bros. 3
Super Mario Bros. Wonder
Super Mario Land
Super Mario Land 2: 6 Golden Coins
Super Mario Sunshine
Super Mario Galaxy
Super Mario Galaxy 2
Super Mario 3D Land
Super Mario 3D World
Super Mario Odyssey
Super Mario Maker
Super Mario Maker 2
Super Mario Party
Super Mario RPG
Super Mario RPG: Legend of the Seven Stars
New Super Mario Bros.
New Super Mario Bros. Wii
New Super Mario Bros. U
Paper Mario
Paper Mario: The Thousand-Year Door
Paper Mario: The Origami King
Mario & Luigi: Superstar Saga
Mario Party
Mario Kart 64
Mario Kart: Double Dash!!
Mario Kart DS
Mario Kart Wii
Mario Kart 7
Mario Kart 8
Mario Kart 8 Deluxe
Mario Tennis
Mario Golf
Mario Paint
Dr. Mario
Mario + Rabbids Kingdom Battle
Luigi's Mansion
Luigi's Mansion: Dark Moon
Luigi's Mansion 3
Yoshi's Island
Super Mario World 2: Yoshi's Island
Yoshi's Story
Captain Toad: Treasure Tracker
Wario Land
Wario Land: Super Mario Land 3
WarioWare
Donkey Kong Country
Donkey Kong Country 2: Diddy's Kong Quest
Donkey Kong Country 3: Dixie Kong's Double Trouble!
Donkey Kong Country Returns
Donkey Kong 64
Diddy Kong Racing
# Nintendo: Zelda
The Legend of Zelda: A Link to the Past
A Link to the Past
Zelda II: The Adventure of Link
The Legend of Zelda: Link's Awakening
Link's Awakening
The Legend of Zelda: Ocarina of Time
Ocarina of Time
The Legend of Zelda: Majora's Mask
Majora's Mask
The Legend of Zelda: Oracle of Seasons
The Legend of Zelda: Oracle of Ages
The Legend of Zelda: The Wind Waker
The Wind Waker
The Legend of Zelda: Four Swords Adventures
The Legend of Zelda: The Minish Cap
The Minish Cap
The Legend of Zelda: Twilight Princess
Twilight Princess
The Legend of Zelda: Phantom Hourglass
Phantom Hourglass
The Legend of Zelda: Spirit Tracks
The Legend of Zelda: Skyward Sword
Skyward Sword
The Legend of Zelda: A Link Between Worlds
A Link Between Worlds
The Legend of Zelda: Breath of the Wild
Breath of the Wild
The Legend of Zelda: Tears of the Kingdom
Tears of the Kingdom
The Legend of Zelda: Echoes of Wisdom
Hyrule Warriors
# Nintendo: other series
Metroid II: Return of Samus
Super Metroid
Metroid Fusion
Metroid Prime
Metroid Prime 2: Echoes
Metroid Prime 3: Corruption
Metroid Dread
Kid Icarus
Kid Icarus: Uprising
Star Fox
Star Fox 64
Star Fox Adventures
F-Zero
F-Zero X
F-Zero GX
Pilotwings
Pilotwings 64
Wave Race 64
1080° Snowboarding
Excitebike
Ice Climber
Duck Hunt
Balloon Fight
StarTropics
Kirby's Dream Land
Kirby's Adventure
Kirby Super Star
Kirby 64: The Crystal Shards
Kirby's Epic Yarn
Kirby Star Allies
Kirby and the Forgotten Land
Fire Emblem
Fire Emblem: Awakening
Fire Emblem: Three Houses
Fire Emblem Heroes
Advance Wars
Golden Sun
Mother 3
Pikmin
Pikmin 2
Pikmin 3
Pikmin 4
Animal Crossing: Wild World
Animal Crossing: New Leaf
Animal Crossing: New Horizons
Animal Crossing: Pocket Camp
Splatoon
Splatoon 2
Splatoon 3
Super Smash Bros.
Super Smash Bros. Melee
Super Smash Bros. Brawl
Super Smash Bros. Ultimate
Super Smash Bros. for Nintendo 3DS and Wii U
Wii Fit
Wii Sports Resort
Wii Play
Nintendo Land
Nintendo Switch Sports
Ring Fit Adventure
Nintendogs
Brain Age
Tomodachi Life
Rhythm Heaven
Xenoblade Chronicles
Xenoblade Chronicles 2
Xenoblade Chronicles 3
Xenoblade Chronicles X
Astral Chain
Bayonetta
Bayonetta 2
Bayonetta 3
GoldenEye 007
Perfect Dark
Perfect Dark Zero
Banjo-Kazooie
Banjo-Tooie
Banjo-Kazooie: Nuts & Bolts
Conker's Bad Fur Day
Conker: Live & Reloaded
Tetris 99
Tetris Effect
# Pokémon
Pokémon Red and Blue
Pokémon Red
Pokémon Blue
Pokémon Yellow
Pokémon Gold and Silver
Pokémon Crystal
Pokémon Ruby and Sapphire
Pokémon Emerald
Pokémon FireRed and LeafGreen
Pokémon Diamond and Pearl
Pokémon Platinum
Pokémon HeartGold and SoulSilver
Pokémon Black and White
Pokémon Black 2 and White 2
Pokémon X and Y
Pokémon Omega Ruby and Alpha Sapphire
Pokémon Sun and Moon
Pokémon Ultra Sun and Ultra Moon
Pokémon Sword and Shield
Pokémon Brilliant Diamond and Shining Pearl
Pokémon Legends: Arceus
Pokémon Scarlet and Violet
Pokémon Stadium
Pokémon Snap
Pokémon Trading Card Game
Pokémon Mystery Dungeon
Pokémon Colosseum
Pokémon Unite
Pokémon GO
# Sega
Sonic the Hedgehog
Sonic the Hedgehog 2
Sonic the Hedgehog 3
Sonic & Knuckles
Sonic CD
Sonic 3D Blast
Sonic Adventure
Sonic Adventure 2
Sonic Heroes
Shadow the Hedgehog
Sonic Unleashed
Sonic Colors
Sonic Generations
Sonic Forces
Sonic Mania
Sonic Frontiers
Ecco the Dolphin
Streets of Rage
Streets of Rage 2
Streets of Rage 4
Phantasy Star
Phantasy Star IV
Phantasy Star Online
Phantasy Star Online 2
Panzer Dragoon
Panzer Dragoon Saga
Panzer Dragoon Orta
Nights into Dreams
Shining Force
Shining Force III
Jet Set Radio
Jet Grind Radio
Jet Set Radio Future
Space Channel 5
Skies of Arcadia
Shenmue II
Shenmue III
ChuChu Rocket!
Sega Rally Championship
Sega Rally
Super Monkey Ball
Sakura Wars
Valkyria Chronicles
Yakuza 0
Yakuza Kiwami
Yakuza: Like a Dragon
ToeJam & Earl
Comix Zone
Vectorman
Wonder Boy
Gunstar Heroes
The Revenge of Shinobi
Shinobi III: Return of the Ninja Master
Puyo Puyo
Alien: Isolation
Football Manager
Championship Manager
# PlayStation games
Crash Bandicoot 2: Cortex Strikes Back
Crash Bandicoot: Warped
Crash Team Racing
Spyro the Dragon
Spyro 2: Ripto's Rage!
Spyro: Year of the Dragon
Jak and Daxter
Jak and Daxter: The Precursor Legacy
Jak II
Jak 3
Ratchet & Clank
Ratchet & Clank: Going Commando
Ratchet & Clank: Up Your Arsenal
Ratchet & Clank: Rift Apart
Sly Cooper
Sly Cooper and the Thievius Raccoonus
God of War
God of War II
God of War III
God of War Ragnarök
Ghost of Tsushima
The Last of Us
The Last of Us Part II
Uncharted: Drake's Fortune
Uncharted 2: Among Thieves
Uncharted 3: Drake's Deception
Uncharted 4: A Thief's End
Horizon Zero Dawn
Horizon Forbidden West
Marvel's Spider-Man
Marvel's Spider-Man 2
Marvel's Spider-Man: Miles Morales
Killzone
Killzone 2
Killzone 3
Resistance: Fall of Man
LittleBigPlanet
LittleBigPlanet 2
Gran Turismo 2
Gran Turismo 3: A-Spec
Gran Turismo 4
Gran Turismo 5
Gran Turismo Sport
Gran Turismo 7
Ape Escape
PaRappa the Rapper
Ico
Shadow of the Colossus
The Last Guardian
Infamous Second Son
Death Stranding
Demon's Souls
Bloodborne
Until Dawn
Detroit: Become Human
Beyond: Two Souls
Indigo Prophecy
Twisted Metal
Twisted Metal 2
Syphon Filter
MediEvil
The Legend of Dragoon
Klonoa
Brave Fencer Musashi
Katamari Damacy
We Love Katamari
SingStar
Rogue Galaxy
Destroy All Humans!
Patapon
LocoRoco
Gravity Rush
Returnal
Helldivers
Helldivers 2
MotorStorm
# Microsoft and Xbox games
Halo: Combat Evolved
Halo 3: ODST
Halo: Reach
Halo 4
Halo 5: Guardians
Halo Infinite
Halo Wars
Halo Wars 2
Halo: The Master Chief Collection
Gears of War
Gears of War 2
Gears of War 3
Gears of War 4
Gears 5
Forza Motorsport
Forza Horizon
Forza Horizon 4
Forza Horizon 5
Fable II
Fable III
Sea of Thieves
State of Decay
Ori and the Blind Forest
Ori and the Will of the Wisps
Age of Empires III
Age of Empires IV
Age of Empires II: The Age of Kings
Age of Mythology
Rise of Nations
Flight Simulator X
Microsoft Flight Simulator X
MechWarrior
MechWarrior 2: 31st Century Combat
MechWarrior 5: Mercenaries
MechAssault
Dungeon Siege
Dungeon Siege II
Blue Dragon
Lost Odyssey
Viva Piñata
Project Gotham Racing
Alan Wake
Alan Wake 2
Quantum Break
Crimson Skies
Hellblade: Senua's Sacrifice
Starfield
Hi-Fi Rush
Pentiment
Kinect Sports
Geometry Wars
FreeCell
Spider Solitaire
SkiFree
Chip's Challenge
# first-person shooters
Doom II: Hell on Earth
Doom 3
Doom 64
Doom Eternal
Final Doom
The Ultimate Doom
Hexen II
Quake 4
Quake Champions
Quake Live
Quake III: Team Arena
Enemy Territory: Quake Wars
Wolfenstein
Wolfenstein: Enemy Territory
Return to Castle Wolfenstein
Wolfenstein: The New Order
Wolfenstein II: The New Colossus
Rise of the Triad
Duke Nukem
Duke Nukem II
Duke Nukem Forever
Shadow Warrior
Star Wars: Dark Forces
Star Wars Jedi Knight: Dark Forces II
Star Wars Jedi Knight II: Jedi Outcast
Star Wars Jedi Knight: Jedi Academy
Jedi Outcast
Jedi Academy
Descent II
Unreal Tournament 2004
Unreal Tournament 3
Unreal II: The Awakening
Half-Life: Opposing Force
Half-Life: Blue Shift
Half-Life: Alyx
Half-Life 2: Episode One
Half-Life 2: Episode Two
Half-Life 2: Deathmatch
Counter-Strike: Source
Counter-Strike: Global Offensive
Counter-Strike: Condition Zero
Counter-Strike 2
CS:GO
Day of Defeat
Day of Defeat: Source
Team Fortress Classic
TF2
Black Mesa
Garry's Mod
Left 4 Dead 2
Titanfall
Titanfall 2
Call of Duty 2
Call of Duty 3
Call of Duty 4: Modern Warfare
Call of Duty: Modern Warfare
Call of Duty: Modern Warfare 2
Call of Duty: Modern Warfare 3
Call of Duty: World at War
Call of Duty: Black Ops
Call of Duty: Black Ops II
Call of Duty: Black Ops III
Call of Duty: Black Ops 4
Call of Duty: Black Ops Cold War
Call of Duty: Ghosts
Call of Duty: Advanced Warfare
Call of Duty: Infinite Warfare
Call of Duty: WWII
Call of Duty: Vanguard
Call of Duty: Warzone
Call of Duty: Mobile
Modern Warfare 2
Battlefield 1942
Battlefield 2
Battlefield 2142
Battlefield 3
Battlefield 4
Battlefield V
Battlefield 2042
Battlefield Vietnam
Battlefield: Bad Company
Battlefield: Bad Company 2
Medal of Honor: Allied Assault
Medal of Honor: Frontline
Tom Clancy's Rainbow Six
Tom Clancy's Rainbow Six Siege
Rainbow Six Siege
Rainbow Six: Vegas
Tom Clancy's Ghost Recon
Ghost Recon Advanced Warfighter
Tom Clancy's Splinter Cell
Splinter Cell
Splinter Cell: Pandora Tomorrow
Splinter Cell: Chaos Theory
Splinter Cell: Conviction
Splinter Cell: Blacklist
Tom Clancy's The Division
Tom Clancy's The Division 2
Far Cry
Far Cry 2
Far Cry 3
Far Cry 3: Blood Dragon
Far Cry 4
Far Cry 5
Far Cry 6
Far Cry Primal
Crysis
Crysis 2
Crysis 3
Crysis Warhead
F.E.A.R.
F.E.A.R. 2: Project Origin
No One Lives Forever
The Operative: No One Lives Forever
TimeSplitters
TimeSplitters 2
TimeSplitters: Future Perfect
Serious Sam
Serious Sam 3: BFE
Bulletstorm
Borderlands 2
Borderlands 3
Borderlands: The Pre-Sequel
Tiny Tina's Wonderlands
BioShock 2
BioShock Infinite
System Shock 2
Deus Ex: Invisible War
Deus Ex: Human Revolution
Deus Ex: Mankind Divided
Dishonored 2
Thief: The Dark Project
Thief II: The Metal Age
Thief: Deadly Shadows
Metro 2033
Metro: Last Light
Metro Exodus
S.T.A.L.K.E.R.
S.T.A.L.K.E.R.: Shadow of Chernobyl
S.T.A.L.K.E.R.: Clear Sky
S.T.A.L.K.E.R.: Call of Pripyat
S.T.A.L.K.E.R. 2: Heart of Chornobyl
Killing Floor
Killing Floor 2
Payday: The Heist
Payday 2
Insurgency: Sandstorm
Chivalry: Medieval Warfare
Mordhau
Operation Flashpoint
Operation Flashpoint: Cold War Crisis
Arma 2
Arma 3
DayZ
Escape from Tarkov
Hunt: Showdown
Valorant
Overwatch 2
Destiny 2
Warframe
PlanetSide
PlanetSide 2
Starsiege: Tribes
Tribes 2
Daikatana
Red Faction
Red Faction: Guerrilla
Turok: Dinosaur Hunter
Turok 2: Seeds of Evil
Ultrakill
Superhot
Mirror's Edge
Mirror's Edge Catalyst
Dying Light
Dying Light 2
Dead Island
Dead Island 2
Star Wars Battlefront
Star Wars Battlefront II
Star Wars: Battlefront
Star Wars: Republic Commando
SWAT 4
Spec Ops: The Line
# action-adventure and open-world games
Grand Theft Auto 2
Grand Theft Auto: London 1969
Grand Theft Auto: Liberty City Stories
Grand Theft Auto: Vice City Stories
Grand Theft Auto: Chinatown Wars
Grand Theft Auto Online
Grand Theft Auto VI
GTA III
GTA IV
GTA V
GTA Online
Red Dead Revolver
Red Dead Redemption: Undead Nightmare
Red Dead Online
L.A. Noire
Max Payne
Max Payne 2: The Fall of Max Payne
Max Payne 3
Midnight Club
Midnight Club: Street Racing
Midnight Club: Los Angeles
Saints Row
Saints Row 2
Saints Row: The Third
Saints Row IV
Mafia: The City of Lost Heaven
Mafia II
Mafia III
Just Cause 2
Just Cause 3
Just Cause 4
Assassin's Creed
Assassin's Creed II
Assassin's Creed: Brotherhood
Assassin's Creed: Revelations
Assassin's Creed III
Assassin's Creed IV: Black Flag
Assassin's Creed Unity
Assassin's Creed Syndicate
Assassin's Creed Origins
Assassin's Creed Odyssey
Assassin's Creed Valhalla
Assassin's Creed Mirage
Assassin's Creed Shadows
Watch Dogs
Watch Dogs 2
Watch Dogs: Legion
Prince of Persia: The Sands of Time
Prince of Persia: Warrior Within
Prince of Persia: The Two Thrones
Prince of Persia: The Lost Crown
Beyond Good & Evil
Rayman 2: The Great Escape
Rayman Origins
Rayman Legends
Rayman Raving Rabbids
Immortals Fenyx Rising
Tomb Raider II
Tomb Raider III
Tomb Raider: The Angel of Darkness
Tomb Raider: Legend
Tomb Raider: Anniversary
Tomb Raider: Underworld
Rise of the Tomb Raider
Shadow of the Tomb Raider
Lara Croft and the Guardian of Light
Lara Croft Go
Legacy of Kain
Legacy of Kain: Soul Reaver
Blood Omen: Legacy of Kain
Hitman: Codename 47
Hitman 2: Silent Assassin
Hitman: Contracts
Hitman: Blood Money
Hitman: Absolution
Hitman 3
Batman: Arkham Asylum
Batman: Arkham City
Batman: Arkham Origins
Batman: Arkham Knight
Middle-earth: Shadow of Mordor
Middle-earth: Shadow of War
Devil May Cry
Devil May Cry 2
Devil May Cry 3: Dante's Awakening
Devil May Cry 4
Devil May Cry 5
DmC: Devil May Cry
Ninja Gaiden
Ninja Gaiden Black
Ninja Gaiden II
Onimusha
Onimusha: Warlords
Okami
Ōkami
Viewtiful Joe
Dead Rising
Dead Rising 2
Dragon's Dogma
Dragon's Dogma 2
Monster Hunter
Monster Hunter Freedom Unite
Monster Hunter 4 Ultimate
Monster Hunter: World
Monster Hunter Rise
Monster Hunter Wilds
Mega Man 2
Mega Man 3
Mega Man X
Mega Man Legends
Mega Man Battle Network
Mega Man Zero
Ace Attorney
Dino Crisis
Metal Gear
Metal Gear 2: Solid Snake
Metal Gear Solid 2: Sons of Liberty
Metal Gear Solid 3: Snake Eater
Metal Gear Solid 4: Guns of the Patriots
Metal Gear Solid: Peace Walker
Metal Gear Solid: Portable Ops
Metal Gear Solid V: Ground Zeroes
Metal Gear Solid V: The Phantom Pain
Metal Gear Rising: Revengeance
Zone of the Enders
Castlevania II: Simon's Quest
Castlevania III: Dracula's Curse
Super Castlevania IV
Castlevania: Rondo of Blood
Castlevania: Symphony of the Night
Symphony of the Night
Castlevania: Circle of the Moon
Castlevania: Aria of Sorrow
Castlevania: Lords of Shadow
Bloodstained: Ritual of the Night
Contra III: The Alien Wars
Suikoden
Suikoden II
International Superstar Soccer
Pro Evolution Soccer
Winning Eleven
Star Wars Jedi: Fallen Order
Star Wars Jedi: Survivor
Star Wars: The Force Unleashed
Star Wars: Rogue Squadron
Star Wars Rogue Squadron II: Rogue Leader
Star Wars: X-Wing
Star Wars: TIE Fighter
Star Wars: Empire at War
Star Wars: Shadows of the Empire
Star Wars Episode I: Racer
Star Wars: Squadrons
Star Wars Outlaws
Lego Star Wars: The Video Game
Lego Star Wars: The Complete Saga
Lego Batman: The Videogame
Lego Marvel Super Heroes
Marvel's Guardians of the Galaxy
Marvel's Avengers
Marvel Ultimate Alliance
The Chronicles of Riddick: Escape from Butcher Bay
A Plague Tale: Innocence
A Plague Tale: Requiem
Ryse: Son of Rome
Black Myth: Wukong
Stellar Blade
Hogwarts Legacy
Sekiro: Shadows Die Twice
Sekiro
Dark Souls
Dark Souls II
Dark Souls III
Elden Ring
King's Field
Armored Core
Armored Core VI: Fires of Rubicon
Lies of P
Nioh
Nioh 2
Code Vein
Wo Long: Fallen Dynasty
Dynasty Warriors
Samurai Warriors
Nobunaga's Ambition
Oddworld: Abe's Oddysee
Oddworld: Abe's Exoddus
Oddworld: Munch's Oddysee
Earthworm Jim
Earthworm Jim 2
Jazz Jackrabbit
Jazz Jackrabbit 2
Commander Keen
The Lost Vikings
Rock n' Roll Racing
Psychonauts
Psychonauts 2
Brütal Legend
Battletoads
Illusion of Gaia
Terranigma
ActRaiser
# survival horror
Resident Evil
Resident Evil 2
Resident Evil 3: Nemesis
Resident Evil Code: Veronica
Resident Evil Zero
Resident Evil 4
Resident Evil 5
Resident Evil 6
Resident Evil: Revelations
Resident Evil 7: Biohazard
Resident Evil Village
Silent Hill
Silent Hill 2
Silent Hill 3
Silent Hill 4: The Room
Silent Hill: Shattered Memories
Fatal Frame
Fatal Frame II: Crimson Butterfly
Dead Space
Dead Space 2
Dead Space 3
Amnesia: The Dark Descent
Amnesia: A Machine for Pigs
Outlast 2
Five Nights at Freddy's
Bendy and the Ink Machine
Poppy Playtime
The Evil Within
The Evil Within 2
Little Nightmares
Little Nightmares II
Eternal Darkness: Sanity's Requiem
Phasmophobia
Lethal Company
# Japanese role-playing games
Final Fantasy
Final Fantasy II
Final Fantasy III
Final Fantasy IV
Final Fantasy V
Final Fantasy VI
Final Fantasy VIII
Final Fantasy IX
Final Fantasy X
Final Fantasy X-2
Final Fantasy XII
Final Fantasy XIII
Final Fantasy XIII-2
Lightning Returns: Final Fantasy XIII
Final Fantasy XIV
Final Fantasy XIV: A Realm Reborn
Final Fantasy XV
Final Fantasy XVI
Final Fantasy VII Remake
Final Fantasy VII Rebirth
Final Fantasy Tactics
Final Fantasy Tactics Advance
Final Fantasy Type-0
Final Fantasy Crystal Chronicles
Final Fantasy Mystic Quest
Final Fantasy Adventure
The Final Fantasy Legend
Crisis Core: Final Fantasy VII
Dissidia Final Fantasy
Dragon Quest
Dragon Quest II
Dragon Quest III
Dragon Quest IV
Dragon Quest V
Dragon Quest VI
Dragon Quest VII
Dragon Quest VIII
Dragon Quest IX
Dragon Quest XI
Dragon Quest XI: Echoes of an Elusive Age
Dragon Quest Builders
Dragon Warrior
Dragon Warrior II
Dragon Warrior III
Chrono Cross
Secret of Mana
Seiken Densetsu 3
Trials of Mana
Legend of Mana
Secret of Evermore
Kingdom Hearts II
Kingdom Hearts III
Kingdom Hearts: Chain of Memories
Kingdom Hearts Birth by Sleep
Xenogears
Xenosaga
Vagrant Story
Parasite Eve
Parasite Eve II
Star Ocean
Star Ocean: The Second Story
Valkyrie Profile
Tales of Phantasia
Tales of Symphonia
Tales of the Abyss
Tales of Vesperia
Tales of Xillia
Tales of Berseria
Tales of Arise
Lufia II: Rise of the Sinistrals
Wild Arms
Grandia
Grandia II
Lunar: The Silver Star
Lunar: Eternal Blue
Breath of Fire
Breath of Fire III
The Legend of Heroes: Trails in the Sky
Trails in the Sky
The Legend of Heroes: Trails of Cold Steel
Disgaea
Disgaea: Hour of Darkness
Ni no Kuni
Ni no Kuni: Wrath of the White Witch
Ni no Kuni II: Revenant Kingdom
Octopath Traveler
Octopath Traveler II
Bravely Default
Triangle Strategy
NieR
Nier: Automata
NieR:Automata
Nier Replicant
Drakengard
The World Ends with You
Live A Live
Tactics Ogre
Tactics Ogre: Let Us Cling Together
Ogre Battle: The March of the Black Queen
Front Mission
Super Robot Wars
Rune Factory
Story of Seasons
Yo-kai Watch
Professor Layton and the Curious Village
Professor Layton
Digimon Story: Cyber Sleuth
Persona 3
Persona 3 Reload
Persona 4
Persona 4 Golden
Persona 5
Persona 5 Royal
Shin Megami Tensei
Shin Megami Tensei III: Nocturne
Shin Megami Tensei: Strange Journey
Shin Megami Tensei V
Metaphor: ReFantazio
Baten Kaitos
Sea of Stars
Chained Echoes
Deltarune
Yume Nikki
Cave Story
Danganronpa
Danganronpa: Trigger Happy Havoc
Steins;Gate
Zero Escape: Virtue's Last Reward
999: Nine Hours, Nine Persons, Nine Doors
Doki Doki Literature Club!
Fate/stay night
Genshin Impact
Honkai: Star Rail
Honkai Impact 3rd
Zenless Zone Zero
Wuthering Waves
Blue Archive
Arknights
Azur Lane
Fate/Grand Order
Granblue Fantasy
Puzzle & Dragons
Monster Strike
# Western role-playing games
Ultima IV
Ultima IV: Quest of the Avatar
Ultima VII: The Black Gate
Ultima Underworld
Ultima Underworld: The Stygian Abyss
Wizardry: Proving Grounds of the Mad Overlord
Wizardry 8
Might and Magic
Might and Magic VI: The Mandate of Heaven
The Bard's Tale
Pool of Radiance
Lands of Lore: The Throne of Chaos
Betrayal at Krondor
Legend of Grimrock
Baldur's Gate
Baldur's Gate II: Shadows of Amn
Baldur's Gate II
Baldur's Gate: Dark Alliance
Baldur's Gate 3
Icewind Dale
Icewind Dale II
Planescape: Torment
Neverwinter Nights
Neverwinter Nights 2
Star Wars: Knights of the Old Republic
Knights of the Old Republic
Star Wars Knights of the Old Republic II: The Sith Lords
Knights of the Old Republic II
KOTOR
Jade Empire
Mass Effect 2
Mass Effect 3
Mass Effect: Andromeda
Mass Effect Legendary Edition
Dragon Age: Origins
Dragon Age II
Dragon Age: Inquisition
Dragon Age: The Veilguard
The Elder Scrolls
The Elder Scrolls: Arena
The Elder Scrolls II: Daggerfall
Daggerfall
The Elder Scrolls III: Morrowind
Morrowind
The Elder Scrolls IV: Oblivion
The Elder Scrolls Online
Fallout 2
Fallout: New Vegas
Fallout 76
Fallout Tactics
Fallout Shelter
Arcanum: Of Steamworks and Magick Obscura
Vampire: The Masquerade – Bloodlines
Gothic II
Gothic 3
The Witcher
The Witcher 2: Assassins of Kings
The Witcher 2
The Witcher 3: Wild Hunt
The Witcher 3
Cyberpunk 2077
Divinity: Original Sin
Divinity: Original Sin II
Divine Divinity
Pillars of Eternity
Pillars of Eternity II: Deadfire
Wasteland 2
Wasteland 3
Torment: Tides of Numenera
Pathfinder: Kingmaker
Pathfinder: Wrath of the Righteous
Kingdom Come: Deliverance
Kingdom Come: Deliverance II
Mount & Blade
Mount & Blade: Warband
Mount & Blade II: Bannerlord
Diablo IV
Diablo Immortal
Diablo II: Resurrected
Path of Exile
Path of Exile 2
Torchlight II
Titan Quest
Grim Dawn
Darksiders
Darksiders II
Kingdoms of Amalur: Reckoning
The Outer Worlds
Darkest Dungeon
Darkest Dungeon II
Shadowrun Returns
Anachronox
Kenshi
# strategy games
Sid Meier's Civilization
Civilization II
Civilization III
Civilization IV
Civilization V
Civilization VI
Civilization VII
Sid Meier's Civilization IV
Sid Meier's Civilization V
Sid Meier's Civilization VI
Sid Meier's Alpha Centauri
Sid Meier's Colonization
Sid Meier's Pirates!
Sid Meier's Railroads!
Master of Orion
Master of Orion II: Battle at Antares
Master of Magic
Stellaris
Europa Universalis
Europa Universalis IV
Crusader Kings
Crusader Kings II
Crusader Kings III
Hearts of Iron
Hearts of Iron IV
Victoria II
Imperator: Rome
Shogun: Total War
Medieval: Total War
Medieval II: Total War
Rome: Total War
Empire: Total War
Napoleon: Total War
Total War: Shogun 2
Total War: Rome II
Total War: Warhammer
Total War: Warhammer II
Total War: Warhammer III
Total War: Three Kingdoms
Company of Heroes
Company of Heroes 2
Company of Heroes 3
Warhammer 40,000: Dawn of War
Dawn of War II
Homeworld
Homeworld 2
Homeworld 3
Total Annihilation
World in Conflict
Myth: The Fallen Lords
Dune II
Dune II: The Building of a Dynasty
Command & Conquer: Red Alert
Command & Conquer: Red Alert 2
Command & Conquer: Red Alert 3
Command & Conquer: Tiberian Sun
Command & Conquer: Generals
Command & Conquer: Renegade
Command & Conquer 3: Tiberium Wars
Warcraft: Orcs & Humans
Warcraft II
Warcraft II: Tides of Darkness
Warcraft III: Reign of Chaos
Warcraft III: The Frozen Throne
StarCraft: Brood War
StarCraft II: Wings of Liberty
StarCraft II: Heart of the Swarm
StarCraft II: Legacy of the Void
Age of Wonders
Age of Wonders III
Age of Wonders 4
Endless Legend
Endless Space
Endless Space 2
Galactic Civilizations
Galactic Civilizations II: Dread Lords
Sins of a Solar Empire
Heroes of Might and Magic
Heroes of Might and Magic II
Heroes of Might and Magic III
Heroes of Might and Magic V
Jagged Alliance
Jagged Alliance 2
X-COM: UFO Defense
UFO: Enemy Unknown
X-COM: Terror from the Deep
XCOM: Enemy Unknown
XCOM 2
Commandos: Behind Enemy Lines
Desperados: Wanted Dead or Alive
Shadow Tactics: Blades of the Shogun
Stronghold Crusader
Empire Earth
Northgard
Frostpunk
Frostpunk 2
They Are Billions
Anno 1602
Anno 1404
Anno 2070
Anno 1800
Tropico
Tropico 4
Tropico 5
Tropico 6
Caesar III
The Settlers II
Dungeon Keeper 2
Populous: The Beginning
Darwinia
Plague Inc.
Worms Armageddon
Worms World Party
Chessmaster
Magic: The Gathering Online
Magic: The Gathering Arena
Gwent
Legends of Runeterra
Marvel Snap
Slay the Spire
Inscryption
Balatro
# multiplayer online battle arenas and battle royales
Dota
Dota Underlords
Heroes of the Storm
Heroes of Newerth
Arena of Valor
Honor of Kings
Mobile Legends: Bang Bang
League of Legends: Wild Rift
Teamfight Tactics
PUBG
PUBG: Battlegrounds
PUBG Mobile
Garena Free Fire
H1Z1
Fall Guys
Stumble Guys
# simulation and management games
SimCity 3000
SimCity 4
SimEarth
SimAnt
SimTower
SimCopter
The Sims 3
The Sims 4
The Sims Online
MySims
RollerCoaster Tycoon
RollerCoaster Tycoon 2
RollerCoaster Tycoon 3
Transport Tycoon
Transport Tycoon Deluxe
Railroad Tycoon
Railroad Tycoon II
Zoo Tycoon
Two Point Hospital
Two Point Campus
Planet Coaster
Planet Zoo
Jurassic World Evolution
Jurassic Park: Operation Genesis
Prison Architect
Oxygen Not Included
Surviving Mars
Cities: Skylines II
Factorio
RimWorld
Dyson Sphere Program
Farming Simulator
Farming Simulator 22
Euro Truck Simulator 2
American Truck Simulator
PowerWash Simulator
Goat Simulator
IMVU
Falcon 4.0
IL-2 Sturmovik
DCS World
Digital Combat Simulator
Silent Hunter
Wing Commander III: Heart of the Tiger
FreeSpace 2
X3: Reunion
X4: Foundations
Star Citizen
Kerbal Space Program 2
Universe Sandbox
Microsoft Flight Simulator 2020
# sandbox and survival games
Minecraft Dungeons
Minecraft: Pocket Edition
Minecraft: Story Mode
Minecraft Legends
Minecraft: Java Edition
Minecraft: Bedrock Edition
Starbound
Don't Starve
Don't Starve Together
ARK: Survival Evolved
Ark: Survival Evolved
7 Days to Die
Sons of the Forest
No Man's Sky
Astroneer
Conan Exiles
V Rising
Project Zomboid
Unturned
Valheim
Subnautica
Subnautica: Below Zero
Palworld
Deep Rock Galactic
# racing games
Need for Speed: High Stakes
Need for Speed: Porsche Unleashed
Need for Speed: Hot Pursuit
Need for Speed: Underground
Need for Speed: Underground 2
Need for Speed: Most Wanted
Need for Speed: Carbon
Need for Speed: ProStreet
Need for Speed: Shift
Need for Speed: The Run
Need for Speed: Rivals
Need for Speed Heat
Burnout 3: Takedown
Burnout Revenge
Burnout Paradise
Colin McRae Rally
DiRT Rally
Project CARS
Assetto Corsa
iRacing
rFactor
BeamNG.drive
Test Drive Unlimited
SSX
SSX Tricky
Tony Hawk's Pro Skater
Tony Hawk's Pro Skater 2
Tony Hawk's Underground
TrackMania
Trackmania
Asphalt 8: Airborne
Asphalt 9: Legends
Real Racing 3
# sports games
Madden NFL
John Madden Football
NBA 2K
NBA Live
NHL '94
Tecmo Bowl
Tecmo Super Bowl
Tiger Woods PGA Tour
MLB The Show
FIFA International Soccer
# fighting games
Street Fighter
Street Fighter II Turbo
Super Street Fighter II
Super Street Fighter II Turbo
Street Fighter Alpha
Street Fighter III
Street Fighter III: 3rd Strike
Street Fighter IV
Super Street Fighter IV
Ultra Street Fighter IV
Street Fighter V
Street Fighter 6
Marvel vs. Capcom
Marvel vs. Capcom 2
Marvel vs. Capcom 3: Fate of Two Worlds
Ultimate Marvel vs. Capcom 3
Marvel vs. Capcom: Infinite
Super Puzzle Fighter II Turbo
Tekken 2
Tekken 3
Tekken 4
Tekken 5
Tekken 6
Tekken 7
Tekken 8
Tekken Tag Tournament
Soulcalibur II
Soulcalibur VI
Dead or Alive 2
Dead or Alive 3
Mortal Kombat II
Mortal Kombat 3
Ultimate Mortal Kombat 3
Mortal Kombat Trilogy
Mortal Kombat: Deadly Alliance
Mortal Kombat X
Mortal Kombat 11
Injustice: Gods Among Us
Injustice 2
Guilty Gear
Guilty Gear Xrd
Guilty Gear Strive
BlazBlue
BlazBlue: Calamity Trigger
Skullgirls
Dragon Ball FighterZ
Dragon Ball Z: Budokai
Dragon Ball Z: Budokai Tenkaichi 3
Naruto: Ultimate Ninja Storm
The King of Fighters
The King of Fighters XIII
Garou: Mark of the Wolves
Samurai Shodown
Fatal Fury
Art of Fighting
Power Stone
Brawlhalla
MultiVersus
Nidhogg
# point-and-click and narrative adventure games
Maniac Mansion
Zak McKracken and the Alien Mindbenders
Indiana Jones and the Last Crusade: The Graphic Adventure
Indiana Jones and the Fate of Atlantis
Monkey Island
Monkey Island 2: LeChuck's Revenge
The Curse of Monkey Island
Escape from Monkey Island
Tales of Monkey Island
Return to Monkey Island
Day of the Tentacle
Sam & Max Hit the Road
Grim Fandango
Thimbleweed Park
King's Quest V
King's Quest VI
Space Quest III
Police Quest
Quest for Glory
Leisure Suit Larry
Leisure Suit Larry in the Land of the Lounge Lizards
Gabriel Knight
Gabriel Knight: Sins of the Fathers
Myst
Myst III: Exile
The 7th Guest
Broken Sword: The Shadow of the Templars
Beneath a Steel Sky
Simon the Sorcerer
The Longest Journey
Syberia
Machinarium
The Wolf Among Us
Tales from the Borderlands
Life Is Strange
Life Is Strange: Before the Storm
Life Is Strange 2
Heavy Rain
Kentucky Route Zero
What Remains of Edith Finch
Dear Esther
The Stanley Parable
Firewatch
The Vanishing of Ethan Carter
Everybody's Gone to the Rapture
Oxenfree
Disco Elysium
Return of the Obra Dinn
Papers, Please
Outer Wilds
Night in the Woods
# independent games
World of Goo
Castle Crashers
Super Meat Boy
Spelunky
Spelunky 2
Undertale
Hotline Miami
Hotline Miami 2: Wrong Number
Katana Zero
Hollow Knight
Hollow Knight: Silksong
Cuphead
Shovel Knight
The Binding of Isaac
The Binding of Isaac: Rebirth
FTL: Faster Than Light
This War of Mine
Dead Cells
Enter the Gungeon
Nuclear Throne
Crypt of the NecroDancer
Risk of Rain
Risk of Rain 2
Hades II
Cult of the Lamb
Loop Hero
Noita
Spiritfarer
A Short Hike
Hyper Light Drifter
Axiom Verge
Owlboy
Dust: An Elysian Tail
Thomas Was Alone
Untitled Goose Game
Superliminal
The Talos Principle
Baba Is You
Human: Fall Flat
Gang Beasts
Overcooked! 2
Getting Over It with Bennett Foddy
Totally Accurate Battle Simulator
Vampire Survivors
Dave the Diver
Manor Lords
Superbrothers: Sword & Sworcery EP
StepMania
osu!
Guitar Hero II
Guitar Hero III: Legends of Rock
Guitar Hero: World Tour
Rock Band 2
Rock Band 4
Hatsune Miku: Project DIVA
Lumines
# virtual reality games
Beat Saber
Superhot VR
Boneworks
Job Simulator
Pavlov VR
Blade & Sorcery
Gorilla Tag
VRChat
# online and massively multiplayer games
Asheron's Call
Asheron's Call 2
Anarchy Online
Lineage II
Old School RuneScape
The Lord of the Rings Online
Age of Conan: Hyborian Adventures
Warhammer Online: Age of Reckoning
Black Desert Online
Blade & Soul
ArcheAge
Lost Ark
Throne and Liberty
Ragnarok Online
MapleStory 2
Dungeon Fighter Online
Star Trek Online
Champions Online
City of Heroes
City of Villains
DC Universe Online
The Secret World
WildStar
Albion Online
Meridian 59
Hellgate: London
The Matrix Online
KartRider
Dofus
OGame
Travian
Forge of Empires
Habbo
Habbo Hotel
Club Penguin
Toontown Online
Neopets
AdventureQuest
AdventureQuest Worlds
Wizard101
World of Warcraft: The Burning Crusade
World of Warcraft: Wrath of the Lich King
World of Warcraft: Cataclysm
World of Warcraft: Mists of Pandaria
World of Warcraft: Warlords of Draenor
World of Warcraft: Legion
World of Warcraft: Battle for Azeroth
World of Warcraft Classic
The Burning Crusade
Wrath of the Lich King
Mists of Pandaria
Warlords of Draenor
Battle for Azeroth
Final Fantasy XIV Online
# mobile, social and browser games
Clash of Clans
Clash Royale
Boom Beach
Hay Day
Brawl Stars
Candy Crush Soda Saga
Farm Heroes Saga
Pet Rescue Saga
Bejeweled
Bejeweled 2
Bejeweled Blitz
Peggle
Plants vs. Zombies
Plants vs. Zombies 2: It's About Time
Plants vs. Zombies: Garden Warfare
Diner Dash
Cut the Rope
Fruit Ninja
Temple Run
Temple Run 2
Subway Surfers
Jetpack Joyride
Doodle Jump
Flappy Bird
Crossy Road
Alto's Adventure
Alto's Odyssey
Wordle
Words with Friends
Angry Birds Rio
Angry Birds Space
Angry Birds 2
Bad Piggies
Tiny Wings
Infinity Blade
Geometry Dash
My Talking Tom
Gardenscapes
Homescapes
Coin Master
Monopoly Go!
Raid: Shadow Legends
AFK Arena
Summoners War
Summoners War: Sky Arena
Marvel Contest of Champions
Star Wars: Galaxy of Heroes
AdVenture Capitalist
Cookie Clicker
Universal Paperclips
Kingdom Rush
Bloons TD 6
Bloons Tower Defense
Harry Potter: Wizards Unite
Agar.io
Slither.io
Line Rider
QWOP
Happy Wheels
FarmVille 2
CityVille
Mafia Wars
Zynga Poker
# game engines and game-making tools
Unreal Engine 2
Unreal Development Kit
id Tech 1
id Tech 2
id Tech 3
id Tech 4
id Tech 5
id Tech 6
id Tech 7
Doom engine
Quake engine
GoldSrc
Source 2
CryEngine 2
CryEngine 3
CryEngine V
CRYENGINE
Open 3D Engine
O3DE
Creation Engine
Creation Kit
Gamebryo
NetImmerse
RenderWare
RE Engine
Fox Engine
Luminous Studio
Dunia Engine
AnvilNext
REDengine
Infinity Engine
Torque 3D
Unigine
Defold
Klik & Play
SCUMM
Z-machine
PICO-8
TIC-80
Cube 2: Sauerbraten
Sauerbraten
# source ports and open-source game reimplementations
ioquake3
DarkPlaces
ZDoom
GZDoom
Chocolate Doom
OpenMW
OpenRA
OpenTTD
Freeciv
0 A.D.
The Battle for Wesnoth
Battle for Wesnoth
SuperTuxKart
SuperTux
Xonotic
Nexuiz
OpenArena
Warsow
Teeworlds
Minetest
Luanti
Frozen Bubble
Warzone 2100
Hedgewars
Extreme Tux Racer
Urban Terror
FlightGear
X-Plane
GNU Chess
Leela Chess Zero
GNU Go
# emulators and game front-ends
higan
Ryujinx
mGBA
melonDS
# game stores, launchers and online gaming services
Epic Games Launcher
GOG.com
Uplay
Ubisoft Connect
Rockstar Games Launcher
Bethesda.net
Xbox Game Pass
Xbox Cloud Gaming
PlayStation Plus
PlayStation Now
Nintendo eShop
Nintendo Switch Online
Nintendo Network
Wii Shop Channel
Virtual Console
Steam Workshop
SteamVR
Steam Greenlight
Humble Bundle
Humble Store
GameSpy Arcade
Kongregate
Newgrounds
Miniclip
GeForce Now
Google Stadia
OnLive
Amazon Luna
Game Center
Google Play Games
Apple Arcade
Twitch.tv
# consumer messaging, social and media apps
Messenger Kids
Weibo
Sina Weibo
Douyin
Kuaishou
Bilibili
Youku
Xiaohongshu
Zhihu
VKontakte
Odnoklassniki
Parler
Truth Social
Bluesky
Friendster
Bebo
Google Allo
Google Podcasts
Apple Books
Apple Podcasts
Apple Wallet
Samsung Pay
WeChat Pay
Paytm
Venmo
Cash App
Musical.ly
CapCut
VSCO
Snapseed
FaceApp
Picsart
Bitmoji
Flickr
Imgur
Giphy
Quora
Digg
StumbleUpon
Yik Yak
Nextdoor
Grindr
OkCupid
Deezer
iHeartRadio
TuneIn
Last.fm
Hootsuite
Wattpad
Goodreads
Letterboxd
Duolingo
Quizlet
Kahoot!
Photomath
Strava
MyFitnessPal
Microsoft Authenticator
Authy
WeTransfer
# Windows versions and editions (family filed as Application in the existing lists)
Windows 3.x
Windows for Workgroups 3.11
Windows 98 SE
Windows 98 Second Edition
Windows Millennium Edition
Windows NT 3.5
Windows NT Server
Windows NT Workstation
Windows 2000 Server
Windows 2000 Professional
Windows XP Tablet PC Edition
Windows XP Professional x64 Edition
Windows XP 64-bit Edition
Windows XP Embedded
Windows Fundamentals for Legacy PCs
Windows Server 2003 R2
Windows Server 2012 R2
Windows Server 2022
Windows Server 2025
Windows Essential Business Server
Windows Storage Server
Windows HPC Server 2008
Nano Server
Windows Vista Ultimate
Windows Vista Home Premium
Windows 7 Home Premium
Windows 7 Professional
Windows 7 Ultimate
Windows 7 Enterprise
Windows 10 Home
Windows 10 Pro
Windows 10 Enterprise
Windows 10 S
Windows 10 LTSC
Windows 10 IoT
Windows 10X
Windows 11 SE
Windows Phone 7.5
Windows Phone 8.1
Windows Mobile 2003
Windows Mobile 5.0
Windows Mobile 6
Windows Mobile 6.1
Windows Mobile 6.5
Windows CE 5.0
Windows CE 6.0
Windows CE .NET
Windows Embedded Compact
Windows Embedded Standard
Windows IoT
Windows IoT Core
Windows Holographic
Windows Longhorn
Windows Neptune
Windows Blackcomb
# Apple systems (families filed as Application in the existing lists)
System 6
System 7.1
System 7.5
Mac OS 7.6
Mac OS 8.5
Mac OS 8.6
Mac OS 9.2
Mac OS X Public Beta
Mac OS X 10.0
Mac OS X 10.1
Mac OS X 10.2
Mac OS X 10.3
Mac OS X 10.4
Mac OS X 10.5
Mac OS X 10.6
Mac OS X 10.7
OS X 10.8
OS X 10.9
OS X 10.10
OS X 10.11
macOS 10.12
macOS 10.13
macOS 10.14
macOS 10.15
macOS 11
macOS 12
macOS 13
macOS 14
macOS 15
Mac OS X Cheetah
Mac OS X Puma
Mac OS X Jaguar
Mac OS X Panther
Mac OS X Lion
OS X Lion
OS X Mavericks
OS X El Capitan
macOS High Sierra
macOS Mojave
macOS Monterey
macOS Ventura
macOS Sonoma
macOS Sequoia
macOS Server
iPhone OS
iPhone OS 1
iPhone OS 2
iPhone OS 3
iOS 4
iOS 5
iOS 6
iOS 8
iOS 9
iOS 10
iOS 11
iOS 12
iOS 13
iOS 14
iOS 15
iOS 16
iOS 17
iOS 18
visionOS
# Android versions and derivatives (family filed as Application in the existing lists)
Android Cupcake
Android Donut
Android Eclair
Android Froyo
Android Gingerbread
Android Honeycomb
Android Ice Cream Sandwich
Android Jelly Bean
Android KitKat
Android Lollipop
Android Marshmallow
Android Nougat
Android Oreo
Android Pie
Android 2.3
Android 4.0
Android 4.4
Android 5.0
Android 6.0
Android 7.0
Android 8.0
Android 9
Android 10
Android 11
Android 12
Android 13
Android 14
Android 15
Android Go
Android Go Edition
Android Things
Android Automotive
Android Open Source Project
# other families filed as Application in the existing lists
ChromeOS Flex
OS/2 Warp
OS/2 Warp 3
OS/2 Warp 4
OS/2 Warp Server
OS/2 1.0
OS/2 2.0
OS/2 2.1
Symbian OS
Symbian^3
Symbian Anna
Symbian Belle
Series 60
Series 40
Series 80
Series 90
UIQ
BlackBerry OS 7
HP webOS
Palm webOS
LG webOS
Open webOS
Tizen OS

# ===== fourth round, second part (historic and niche products, issue #16): written from
# ===== general knowledge, entries that the dev
# ===== corpus measured below precision 0.2 (3+ matches) left out
# mainframe software: IBM and compatible
CICS
IMS/DB
CA IDMS
Cullinet IDMS
Model 204
Software AG Natural
TSO/E
Time Sharing Option
ISPF
JES2
JES3
VTAM
RACF
ACF2
CA Top Secret
SDSF
IEBGENER
IEFBR14
DFSORT
SyncSort
DFSMS
DFSMShsm
XEDIT
PROFS
OfficeVision
DisplayWrite
SCRIPT/VS
Document Composition Facility
GDDM
Query Management Facility
SQL/DS
IBM System R
RAMIS
CA-Roscoe
WYLBUR
Endevor
Xpediter
Tivoli Storage Manager
Control-M
IBM High Level Assembler
IBM Enterprise COBOL
VS COBOL II
IBM VS FORTRAN
WATFOR
WATFIV
SABRE
IBM WebSphere MQ
IBM DB2 Universal Database
Lotus Sametime
Rational ClearQuest
Rational ClearCase
Rational RequisitePro
Rational Application Developer
IBM VisualAge
VisualAge for Java
VisualAge C++
# minicomputer software: DEC, HP, Wang, Tandem and others
DEC ALL-IN-1
ALL-IN-1
DATATRIEVE
VAX Notes
VAXmail
PATHWORKS
DECwindows
DECforms
VAX Rdb/VMS
DEC Rdb
DEC EDT
Language-Sensitive Editor
RUNOFF
WPS-8
TurboIMAGE
IMAGE/3000
HP Deskmanager
Wang OIS
NonStop SQL
Tandem Pathway
DMSII
CANDE
PLATO Notes
Kermit 95
C-Kermit
MS-Kermit
VA FileMan
CPRS
Computerized Patient Record System
# mainframe-era and PLATO games
The Oregon Trail
Hamurabi
Lunar Lander
Spasim
Maze War
OXO
Akalabeth: World of Doom
Ultima I: The First Age of Darkness
Ultima III: Exodus
Pirate Adventure
Planetfall
Starcross
A Mind Forever Voyaging
Leather Goddesses of Phobos
Wishbringer
Spellbreaker
Beyond Zork
Zork Zero
Larn
Colossal Cave
# multi-user dungeons and online game services
AberMUD
TinyMUD
TinyMUSH
CircleMUD
SMAUG
Discworld MUD
Island of Kesmai
Air Warrior
MegaWars
Lucasfilm's Habitat
Active Worlds
There.com
Furcadia
Legend of the Red Dragon
TradeWars 2002
MSN Gaming Zone
# CP/M and early microcomputer business software
Scripsit
SuperScripsit
Perfect Writer
WordStar 2000
MailMerge
Volkswriter
PC-Write
PFS:Write
PFS:File
PFS:First Choice
Symantec Q&A
Ashton-Tate Framework
Lotus Manuscript
T/Maker
VP-Planner
Quattro
TK Solver
Microsoft Word for DOS
Word for Windows
Microsoft Word for Windows
WordPerfect for Windows
Nota Bene
IBM Writing Assistant
EasyWriter
Bank Street Writer
Apple Writer
Apple Writer II
VisiWord
VisiOn
dBASE III Plus
FoxBASE+
Microsoft FoxPro
CA-Clipper
R:BASE
DataEase
Alpha Four
Superbase
Paradox for Windows
Omnis
Advanced Revelation
UniVerse
GT.M
ObjectStore
Hyperion Essbase
SQL*Forms
Oracle Reports
Oracle9i
Watcom SQL
Sybase SQL Server
SQL Server 2000
SQL Query Analyzer
Data Transformation Services
Microsoft Jet
Pervasive PSQL
Postgres95
University Ingres
mSQL
Gupta SQLWindows
Oracle7
Oracle8i
# DOS utilities, shells and memory managers
DESQview
DESQview/X
TopView
QEMM
386MAX
MemMaker
SMARTDrive
HIMEM.SYS
EMM386
SuperStor
PC Tools
Central Point PC Tools
Central Point Anti-Virus
Norton Disk Doctor
Norton Speed Disk
Norton Desktop
Norton Desktop for Windows
Norton Backup
Norton Guides
SpinRite
CheckIt
SideKick Plus
XTree Gold
XTreePro
ZTree
Volkov Commander
DOS Navigator
4NT
MS-DOS Shell
MS-DOS Editor
EDLIN
DOSKEY
Microsoft Anti-Virus
Microsoft Backup
Interlnk
XCOPY
Robocopy
FDISK
LOADLIN
System Commander
BootMagic
OS/2 Boot Manager
PowerQuest Drive Image
cfdisk
ARCserve
InocuLAN
Legato NetWorker
AMANDA
PKUNZIP
PKLITE
LZEXE
LHarc
PowerArchiver
WinAce
PeaZip
StuffIt Expander
Compact Pro
Crinkler
kkrunchy
Exomizer
PowerPacker
# Windows components and Microsoft products of the 1980s-2000s
Windows Registry Editor
Regedit
Windows Snipping Tool
NTBackup
Windows DVD Maker
ReadyBoost
WinHelp
MSConfig
ActiveMovie
NetShow
Windows Write
Cardfile
3D Pinball for Windows – Space Cadet
Microsoft Entertainment Pack
JezzBall
Rodent's Revenge
Microsoft Plus!
Schedule+
Microsoft Mail
Microsoft Internet Mail and News
Microsoft Comic Chat
Microsoft Agent
Microsoft PhotoDraw
Microsoft Streets & Trips
Microsoft MapPoint
Microsoft Equation Editor
WordArt
Microsoft Bookshelf
Microsoft Cinemania
Microsoft Adventure
Microsoft Combat Flight Simulator
Microsoft Train Simulator
Midtown Madness
Motocross Madness
Monster Truck Madness
Microsoft Flight Simulator 98
Microsoft Office 95
Microsoft Office SharePoint Server
Microsoft SharePoint Designer
FrontPage Express
Microsoft Visual InterDev
Microsoft Visual FoxPro
Visual Studio 97
Visual Studio 6.0
Microsoft Transaction Server
Microsoft Proxy Server
SNA Server
Microsoft Operations Manager
System Center Operations Manager
Microsoft Forefront
Forefront Threat Management Gateway
Microsoft LAN Manager
LAN Manager
Windows for Pen Computing
Microsoft C/C++
Microsoft QuickC
QuickPascal
Microsoft FORTRAN
Fortran PowerStation
Microsoft COBOL
Microsoft QuickBASIC
CodeView
NMAKE
Office Communications Server
Live Meeting
MSN Explorer
MSN TV
Windows Live SkyDrive
Microsoft Passport
Pocket Internet Explorer
Pocket Word
Pocket Excel
Pocket Outlook
Windows Mobile Device Center
Zune Marketplace
UltimateTV
Expression Blend
Expression Web
Virtual Earth
Photosynth
XNA Game Studio
# classic Mac OS and Apple software
MacWrite II
MacDraw II
MacProject
SuperCard
ResEdit
MacsBug
TMON
THINK Pascal
Lightspeed Pascal
Symantec C++
MacApp
FullWrite
WriteNow
Ready,Set,Go!
SuperPaint
Deneba Canvas
Virex
QuicKeys
RAM Doubler
Speed Doubler
SoftWindows
SoftPC
Mini vMac
Anarchie
Interarchy
NewsWatcher
TurboGopher
NCSA Telnet
Open Transport
ClarisDraw
Claris Emailer
Apple Media Tool
QuickTime VR
QuickDraw GX
ColorSync
PlainTalk
SimpleText
TeachText
Apple System Profiler
Disk First Aid
Font/DA Mover
MultiFinder
Apple At Ease
AppleWorks GS
PC Exchange
AppleShare
AppleShare IP
NetInfo
Open Directory
AppleScript Editor
Font Book
iSync
MoviePlayer
QuickTime Streaming Server
iTunes Music Store
iTools
Logic Audio
Notator Logic
LiveType
# Apple II, Atari, Commodore and other 8-bit software
The Print Shop
Print Shop Deluxe
PrintMaster
Dazzle Draw
Copy II Plus
Publish It!
Springboard Publisher
Fantavision
KoalaPainter
Micro Illustrator
Blazing Paddles
SpeedScript
PaperClip
Wordcraft
Tasword
Protext
Mini Office
InterWord
ViewSheet
AtariWriter
Atari Assembler Editor
MAC/65
geoWrite
geoPaint
geoCalc
geoPublish
Music Construction Set
Pinball Construction Set
Adventure Construction Set
Racing Destruction Set
Shoot-'Em-Up Construction Kit
SEUCK
Graphic Adventure Creator
Professional Adventure Writing System
TADS
Future Composer
GoatTracker
SIDPlay
CCS64
Spectaculator
Atari800
Altirra
z26
Hatari
Steem
Caprice32
WinAPE
BeebEm
openMSX
blueMSX
AppleWin
KEGS
Multiple Arcade Machine Emulator
Mednafen
FCE Ultra
NESticle
Genesis Plus GX
Mupen64
Mupen64Plus
Dolphin emulator
PCSX-Reloaded
NO$GBA
Citra
Yuzu
Flycast
nullDC
Final Burn Alpha
FinalBurn Neo
DOSBox Staging
FS-UAE
Amiga Forever
ARDI Executor
# Amiga and Atari ST software
Amiga Workbench
AmigaGuide
Deluxe Paint II
Deluxe Paint III
Deluxe Paint IV
Deluxe Music Construction Set
DPaint
DigiPaint
Aegis Animator
Aegis Sonix
Sculpt 3D
Sculpt-Animate 4D
ImageFX
Art Department Professional
AmigaVision
Scala Multimedia
CanDo
PageStream
Final Writer
Wordworth
ProWrite
Textcraft
KindWords
Magic User Interface
ReAction
AmiTCP
IBrowse
AWeb
Devpac
ASM-One
SAS/C
Lattice C
Aztec C
Ultimate Soundtracker
Soundtracker
NoiseTracker
ProTracker
OctaMED
DigiBooster
Symphonie
AHX
HivelyTracker
Music-X
Bars & Pipes
Dr. T's KCS
C-Lab Notator
Notator
Steinberg Pro-24
Cubase Audio
Cubase VST
Cubase SX
DEGAS
DEGAS Elite
NEOchrome
CAD-3D
Cyber Paint
Calamus
Timeworks Publisher
1st Word
1st Word Plus
Signum!
NeoDesk
Mark Williams C
Megamax C
Pure C
ST Writer
# music trackers, sequencers and audio software
Scream Tracker
Impulse Tracker
FastTracker 2
ModPlug Tracker
OpenMPT
MilkyTracker
Schism Tracker
Jeskola Buzz
Psycle
Little Sound Dj
LSDj
Nanoloop
FamiTracker
DefleMask
SunVox
Open Cubic Player
XMPlay
MikMod
WinPlay3
MacAmp
SoundJam MP
RealProducer
RealServer
AudioCatalyst
BladeEnc
mpg123
GoldWave
BIAS Peak
SoundEdit 16
Sound Designer II
Digidesign Sound Tools
Cakewalk Pro Audio
Band-in-a-Box
Passport Encore
Master Tracks Pro
Opcode Vision
Opcode OMS
MOTU Performer
Voyetra Sequencer Plus
NoteWorthy Composer
MusiXTeX
Harmony Assistant
TablEdit
Rosegarden
Open Sound System
aRts
Enlightened Sound Daemon
Sonic Foundry Acid
Vegas Video
ReBirth RB-338
Native Instruments Reaktor
Steinberg WaveLab
Steinberg Nuendo
ReCycle
AudioMulch
jMax
Antares Auto-Tune
Celemony Melodyne
MAGIX Music Maker
Magix Samplitude
SADiE
Pyramix
Studer Dyaxis
Sonic Solutions NoNOISE
Software Audio Workshop
n-Track Studio
Tracktion
Ecasound
# demoscene and retro creative tools
werkkzeug
.kkrieger
4klang
Shadertoy
Pouët
Scene.org
Fractint
Apophysis
Ultra Fractal
XaoS
Kai's Power Tools
Kai's Power Goo
Fractal Design Painter
Fractal Design Poser
Ray Dream Studio
Infini-D
Strata StudioPro
Electric Image Animation System
Caligari trueSpace
trueSpace
Animation:Master
Terragen
Vistapro
formZ
Alias PowerAnimator
PowerAnimator
Wavefront Advanced Visualizer
Wavefront Explore
Softimage 3D
Autodesk Animator
Autodesk MotionBuilder
Kaydara FiLMBOX
Autodesk Smoke
Autodesk Flame
Discreet Flame
Autodesk Inferno
Autodesk Combustion
Elastic Reality
Digital Fusion
Media Cleaner Pro
Sorenson Squeeze
Blue Moon Rendering Tools
BMRT
DKBTrace
Rayshade
YafRay
LuxRender
Indigo Renderer
Maxwell Render
3Delight
Nvidia Gelato
PhotoRealistic RenderMan
Pixar Typestry
Typestry
# graphics, desktop publishing and multimedia authoring
PC Paintbrush
Publisher's Paintbrush
Dr. Halo
GEM Paint
GEM Draw
GEM Write
GEM Desktop
Picture Publisher
Micrografx Designer
Windows Draw
Xara X
Corel Ventura
Corel Presentations
Xfig
NetPBM
PBMPlus
Jasc Paint Shop Pro
Ulead PhotoImpact
Ulead GIF Animator
Ulead MediaStudio Pro
Adobe PhotoDeluxe
Adobe ImageReady
Adobe LiveMotion
Adobe PageMill
PageMill
Adobe Persuasion
Adobe Acrobat Exchange
Adobe Version Cue
Adobe Flex
Adobe Authorware
Adobe Edge Animate
Adobe Illustrator 88
Adobe InCopy
Adobe Creative Suite 3
Adobe Creative Suite 6
Adobe Typekit
MacroMind Director
MacroMind VideoWorks
Macromedia Extreme 3D
Macromedia Generator
Macromedia Contribute
Macromedia Breeze
Macromedia Captivate
Macromedia RoboDemo
Macromedia Flash Player
Macromedia Flash MX
Macromedia Shockwave Player
Macromedia JRun
Macromedia Studio MX
Macromedia Flash Lite
Flash Media Server
Adobe Flash Media Server
FutureSplash Animator
FutureWave SmartSketch
Asymetrix ToolBook
ToolBook
IconAuthor
mTropolis
Oracle Media Objects
Kaleida ScriptX
Authorware Professional
Lectora
Articulate Storyline
Lotus ScreenCam
HyperSnap
HyperCam
# typesetting and document processing
teTeX
emTeX
OzTeX
Scientific Word
Scientific WorkPlace
TeXmacs
TeXnicCenter
TeXworks
AUCTeX
MakeIndex
dvips
dvipdfmx
GSview
Ghostview
a2ps
enscript
Interleaf
Arbortext
Advent 3B2
Antenna House Formatter
Prince XML
OpenJade
nsgmls
SoftQuad HoTMetaL
HoTMetaL
XMetaL
FrameMaker+SGML
Folio Views
PagePlus
Microsoft Word 97
Microsoft Word 6.0
Lotus Ami Pro
Ami Professional
Hancom Office
JustSystems Ichitaro
Kingsoft WPS
WPS Writer
StarCalc
Gobe Productive
Kivio
GNOME Office
Ability Office
602Text
TextMaker
PlanMaker
FreeOffice
ThinkFree Office
Zoho Writer
Google Docs & Spreadsheets
Writely
Google Answers
Google Base
Google Health
Knol
Inbox by Gmail
Google Latitude
# BBS, terminal and online-service software
WWIV
PCBoard
Wildcat!
Synchronet
Telegard
TBBS
The Major BBS
Worldgroup
RBBS-PC
CBBS
FirstClass
FrontDoor
BinkleyTerm
QModem
Telix
Procomm
Procomm Plus
Crosstalk XVI
ZTerm
ASCII Express
PC-Talk
QVT/Term
EWAN
ZOC
Attachmate Reflection
Attachmate Extra!
Hummingbird Exceed
X-Win32
Cygwin/X
Xephyr
NetManage Chameleon
PC/TCP
Trumpet Winsock
KA9Q NOS
LAN WorkPlace
Internet in a Box
Spyglass Mosaic
Mosaic Netscape
Netscape Navigator Gold
Netscape Conference
Netscape Collabra
Netscape Directory Server
Netscape Commerce Server
Netscape FastTrack Server
Netscape Proxy Server
Netscape Messaging Server
Netscape Application Server
Netscape SuiteSpot
Netscape Netcenter
iPlanet Web Server
Sun ONE Web Server
Sun ONE Application Server
Sun Java System Application Server
Sun Java Studio Creator
Sun Studio
Sun WorkShop
Forte for Java
Oracle Developer Studio
NetDynamics
ATG Dynamo
Allaire ColdFusion
HomeSite
Allaire JRun
Vignette StoryServer
BroadVision One-To-One
Enhydra
JOnAS
Orion Application Server
Apache JServ
Caucho Resin
Jakarta Tomcat
Apache James
Apache Roller
Apache Jackrabbit
Apache Nutch
# early Internet clients: mail, news, chat, file transfer
Eudora Pro
nmh
QuickMail
The Bat!
Forté Agent
Mozilla Sunbird
Mozilla Firebird
Mozilla Phoenix
Ximian Evolution
Opera Mail
IncrediMail
RocketMail
Mail.com
trn
slrn
InterNetNews
C News
B News
Leafnode
ircII
BitchX
Visual IRC
Quassel IRC
ircd
InspIRCd
Eggdrop
PowWow
Yahoo! Pager
AOL Mail
jabberd
VocalTec Internet Phone
Gizmo5
ooVoo
Paltalk
Justin.tv
Ustream
Jaiku
Plurk
FriendFeed
Gowalla
Hi5
SixDegrees.com
Classmates.com
Xanga
Angelfire
Tripod.com
theGlobe.com
FortuneCity
Mixi
Cyworld
del.icio.us
Technorati
Bloglines
Feedburner
NewsGator
FeedDemon
NetNewsWire
Akregator
Netvibes
My Yahoo!
iGoogle
# early web browsers, servers and web services
Erwise
MidasWWW
tkWWW
Opera GX
Avant Browser
Lunascape
Emacs/W3
Rockmelt
Internet Explorer 5
Internet Explorer 3
Internet Explorer for UNIX
UP.Browser
Puffin Web Browser
Dolphin Browser
Internet Channel
Nintendo DS Browser
MacHTTP
WebSTAR
O'Reilly WebSite
Roxen
Xitami
AOLserver
Abyss Web Server
Oracle HTTP Server
IBM HTTP Server
Microsoft Internet Information Server
IIS 6.0
Apache-SSL
mod_perl
mod_php
mod_ssl
WEBrick
IIS Express
WebMatrix
W3Catalog
Aliweb
JumpStation
World Wide Web Worm
Dogpile
MetaCrawler
LookSmart
Teoma
AllTheWeb
Open Directory Project
DMOZ
Yahoo! Directory
Ixquick
Startpage.com
Blekko
Prodigy Internet
GEnie
Byte Information Exchange
Delphi Forums
Quantum Link
PlayNet
AppleLink
eWorld
Prestel
Ceefax
Viewtron
Bildschirmtext
The WELL
Dow Jones News/Retrieval
LexisNexis
Entrez
GenBank
Westlaw
# file transfer, peer-to-peer and download tools
FlashFXP
NcFTP
WU-FTPD
Serv-U
Panic Transmit
iMesh
Kazaa Lite
Gnucleus
Ares Galaxy
Hotline Connect
OpenNap
Aimster
MLDonkey
NeoModus Direct Connect
StrongDC++
ApexDC++
Winny
BitTornado
Tixati
BiglyBT
Joost
Xunlei
Go!Zilla
Download Accelerator Plus
Orbit Downloader
HTTrack
Teleport Pro
# mail, directory, name and network servers and daemons
Smail
MMDF
Courier Mail Server
UW IMAP
Qpopper
Mercury Mail Transport System
Kerio MailServer
CommuniGate Pro
Exchange Server 2003
Majordomo
ezmlm
Sympa
Bogofilter
SpamBayes
POPFile
OpenDKIM
MaraDNS
Knot DNS
dnscache
tinydns
BIND 8
ISC BIND
Kea DHCP
dhcpd
dhclient
dhcpcd
xinetd
inetd
TCP Wrappers
rpcbind
sshd
OpenNTPD
chrony
GateD
GNU Zebra
Quagga
BIRD Internet Routing Daemon
FRRouting
OpenBGPD
Polipo
WWWOFFLE
Linux Virtual Server
Linux-HA
Corosync
Red Hat Cluster Suite
Veritas Cluster Server
HP Serviceguard
Sun Cluster
HACMP
smbd
nmbd
Winbind
autofs
smartmontools
ModemManager
pppd
AIDE
OSSEC HIDS
PortSentry
OpenView
CA Unicenter
Tivoli NetView
SolarWinds Orion
PRTG Network Monitor
WhatsUp Gold
SmokePing
ntop
AirSnort
Cain & Abel
SATAN
Security Administrator Tool for Analyzing Networks
ISS Internet Scanner
Microsoft Baseline Security Analyzer
SubSeven
Back Orifice 2000
DarkComet
# programming environments, compilers and developer tools of the 1970s-2000s
Turbo Pascal for Windows
Borland JBuilder
Borland Kylix
StarTeam
Borland InterBase
Borland ObjectVision
ObjectVision
Resource Workshop
Visual dBASE
Borland Brief
C#Builder
Borland Developer Studio
Zortech C++
Digital Mars C++
Small-C
Lahey Fortran
NAG Fortran Compiler
Compaq Visual Fortran
Green Hills MULTI
HI-TECH C
mikroC
CodeVisionAVR
WinAVR
BASCOM-AVR
Palm OS Emulator
Embedded Visual C++
Platform Builder
Symbian SDK
Carbide.c++
Qt Designer
Glade Interface Designer
wxGlade
Boa Constructor
PythonWin
ActiveState Komodo
PyScripter
DrScheme
Etoys
AppGameKit
GameSalad
Multimedia Fusion
Klik & Create
GameMaker: Studio
RPG Maker 2000
RPG Maker XP
RPG Maker MV
RPG Tsukūru
Dezaemon
Mario Paint Composer
Visionaire Studio
Sierra Creative Interpreter
Adventure Game Interpreter
Script Creation Utility for Maniac Mansion
GrimE
Build engine
Dark Engine
LithTech
Unreal Engine 1
Source engine
GoldSource
id Tech 0
Serious Engine
Frostbite engine
MT Framework
Crystal Tools
Luminous Engine
Decima engine
Snowdrop engine
Clausewitz Engine
# editors, version control, build and debugging tools
Gosling Emacs
EINE
ZWEI
MicroEMACS
JOVE
Multi-Edit
QEdit
The SemWare Editor
SPF/PC
KEDIT
The Hessling Editor
nvi
Visual SlickEdit
CodeWright
Programmer's File Editor
Notepad2
Metapad
SciTE
SubEthaEdit
Smultron
Panic Coda
NetObjects Fusion
GoLive
Nvu
KompoZer
Visual Café
Symantec Visual Café
JCreator
WebSphere Studio
Rational XDE
Telelogic DOORS
Telelogic Tau
Telelogic Rhapsody
Sparx Enterprise Architect
Software through Pictures
Information Engineering Facility
ERwin Data Modeler
ER/Studio
PL/SQL Developer
SQL Navigator
SQuirreL SQL Client
phpPgAdmin
Adminer
SQLyog
MySQL Query Browser
MySQL Administrator
DbVisualizer
SQLiteStudio
CVSNT
TortoiseCVS
WinCVS
Continuus
CMVC
SourceSafe
MKS Toolkit
SourceGear Vault
Pijul
P4V
P4Merge
Araxis Merge
WinDiff
FileMerge
Gource
git-gui
Git Extensions
Sublime Merge
SourceForge.net
GNATS
Flyspray
BSD make
Imake
Perforce Jam
Waf
IncrediBuild
CruiseControl.NET
AnthillPro
Data Display Debugger
dbx
TotalView
Arm DDT
TAU Performance System
BoundsChecker
DevPartner Studio
Insure++
Dr. Memory
Helgrind
Memcheck
FlexeLint
Polyspace
CodeSonar
SciTools Understand
Source Navigator
Cscope
ctags
Exuberant Ctags
GNU Global
LXR
OpenGrok
# scientific, engineering, statistical and mathematical software
Macsyma
FriCAS
Yacas
PARI/GP
Eureka: The Solver
MathType
Maple V
DIAdem
TestStand
KaleidaGraph
DeltaGraph
Cricket Graph
SYSTAT
StatView
SAS JMP
BMDP
GLIM
Genstat
LIMDEP
Epi Info
ATLAS.ti
MAXQDA
NUD*IST
SPSS Statistics
LISREL
G*Power
WinBUGS
OpenBUGS
Statgraphics
Xmgrace
QtiPlot
Tecplot
EnSight
AVS/Express
IBM Data Explorer
OpenDX
Vis5D
Imaris
MetaMorph
NIH Image
Scion Image
CellProfiler
OsiriX
ITK-SNAP
MRIcro
FMRIB Software Library
Statistical Parametric Mapping
AFNI
BrainVoyager
EEGLAB
FieldTrip
AIPS
Common Astronomy Software Applications
ESO-MIDAS
SAOImage DS9
TOPCAT
ENVI
ERDAS Imagine
ER Mapper
Geomatica
eCognition
MapInfo Professional
GeoMedia
ArcGIS Online
Idrisi
SAGA GIS
Global Mapper
Golden Software Surfer
Schlumberger Petrel
TheSkyX
Cartes du Ciel
XEphem
WorldWide Telescope
MaxIm DL
PixInsight
DeepSkyStacker
RegiStax
Einstein@Home
Rosetta@home
climateprediction.net
distributed.net
Great Internet Mersenne Prime Search
World Community Grid
PrimeGrid
# chemistry, bioinformatics and medical software
MOPAC
HyperChem
Molpro
ISIS/Draw
ChemSketch
VMD
CCP4
SHELX
X-PLOR
MODELLER
AutoDock Vina
Schrödinger Maestro
SYBYL
Discovery Studio
Insight II
ChemOffice
MarvinSketch
EMBOSS
PHYLIP
PAUP*
GCG Wisconsin Package
Phred
Phrap
Geneious
Jalview
BioEdit
ClustalX
Clustal Omega
T-Coffee
Genome Analysis Toolkit
bedtools
SPAdes
ABySS
QIIME
UCSC Genome Browser
Ensembl
CLC Genomics Workbench
ChimeraX
Swiss-PdbViewer
SWISS-MODEL
Pfam
UniProt
NCBI BLAST
BLAT
Cerner Millennium
Cerner PowerChart
EpicCare
MyChart
Allscripts Sunrise
eClinicalWorks
GE Centricity
Siemens Soarian
COSTAR
GNU Health
OpenMRS
Orthanc
Mirth Connect
Agfa IMPAX
Nuance PowerScribe
Dragon Medical
# library, education and reference software
Koha
Evergreen ILS
Ex Libris Aleph
Innovative Millennium
SirsiDynix Symphony
NOTIS
OCLC Connexion
CDS/ISIS
Greenstone Digital Library
DSpace
EPrints
Fedora Commons
Omeka
EZproxy
ScienceDirect
Microsoft Academic
CiteSeerX
Semantic Scholar
Citavi
WebCT
Brightspace
Canvas LMS
Schoology
Edmodo
eCollege
Blackboard Collaborate
Elluminate
Turnitin
SafeAssign
Anki
SuperMemo
TICCIT
LogoWriter
MicroWorlds
TuxMath
GCompris
Number Munchers
Word Munchers
Math Blaster!
Math Blaster
Reader Rabbit
Where in Time Is Carmen Sandiego?
Where in the U.S.A. Is Carmen Sandiego?
Millie's Math House
Bailey's Book House
Sammy's Science House
The Logical Journey of the Zoombinis
Odell Lake
Rocky's Boots
Robot Odyssey
Gertrude's Secrets
Treasure Mountain!
Snooper Troops
In Search of the Most Amazing Thing
Storybook Weaver
The Children's Writing & Publishing Center
3D Movie Maker
Microsoft 3D Movie Maker
Freddi Fish
Pajama Sam
Spy Fox
Backyard Baseball
Backyard Football
The ClueFinders
The Incredible Machine 2
Castle of Dr. Brain
Brain Age: Train Your Brain in Minutes a Day!
Compton's Multimedia Encyclopedia
Grolier Multimedia Encyclopedia
Britannica Online
Encyclopædia Britannica Online
Microsoft Encarta Encyclopedia
BBC Domesday Project
The Typing of the Dead
Mario Is Missing!
Mario's Time Machine
The Oregon Trail II
The Amazon Trail
The Yukon Trail
# business, accounting, point-of-sale and enterprise software
Peachtree Accounting
Sage 50
Sage Line 50
MYOB
Simply Accounting
DacEasy
Great Plains Dynamics
Microsoft Dynamics GP
Microsoft Dynamics AX
Microsoft Dynamics NAV
Axapta
MAS 90
ACCPAC
BPCS
Baan IV
JD Edwards EnterpriseOne
JD Edwards World
MAPICS
MANMAN
Movex
MFG/PRO
SYSPRO
SAP R/1
SAP R/2
SAP ECC
SAP Business Warehouse
SAP GUI
SAP XI
PeopleTools
Act! CRM
SalesLogix
vTiger CRM
Clarify CRM
Vantive
BMC Remedy
Remedy Action Request System
Peregrine ServiceCenter
LANDesk
Altiris
ZENworks
Marimba Castanet
BMC Patrol
Autosys
Crystal Enterprise
BIRT
Pentaho Data Integration
PowerCenter
DataStage
Ab Initio
Talend Open Studio
GoldenGate
Base SAS
SAS/STAT
Spotfire
TIBCO Rendezvous
webMethods
BEA Tuxedo
CICS Transaction Server
Encina
BEA WebLogic Server
Plumtree Portal
Demandware
Yahoo! Store
Viaweb
Miva Merchant
Zen Cart
OpenCart
Ubercart
Aloha POS
MICROS RES 3700
Retail Pro
QuickBooks Point of Sale
POSReady
# amateur radio and radio software
Fldigi
WSJT
WSJT-X
JS8Call
MMSSTV
MMTTY
MixW
Ham Radio Deluxe
N1MM Logger
N1MM Logger+
DXLab Suite
Logger32
EchoLink
UI-View
Xastir
AGWPE
Winlink Express
CW Skimmer
SDR#
SDRSharp
HDSDR
Gqrx
CubicSDR
SDR++
PowerSDR
WebSDR
KiwiSDR
VOACAP
EZNEC
NEC-2
TrustedQSL
Logbook of The World
QRZ.com
PSK Reporter
WSPRnet
BPQ32
F6FBB
Gpredict
Orbitron
MultiPSK
dump1090
Virtual Radar Server
PiAware
rtl_433
multimon-ng
SDRuno
# file systems
Macintosh File System
Hierarchical File System
HFS Plus
Mac OS Extended
Apple File System
FATX
Resilient File System
High Performance File System
JFS2
Journaled File System
Second Extended File System
Third Extended File System
Fourth Extended File System
Xiafs
Minix file system
Reiser4
OpenZFS
UFS2
Berkeley Fast File System
Fast File System
Amiga Fast File System
Smart File System
Professional File System
Be File System
ODS-2
ODS-5
VxFS
Veritas File System
General Parallel File System
IBM Spectrum Scale
Lustre file system
Global File System
Oracle Cluster File System
OpenAFS
DCE Distributed File System
WAFL
NILFS2
Flash-Friendly File System
JFFS
YAFFS2
romfs
Universal Disk Format
bcachefs
sshfs
CephFS
MooseFS
BeeGFS
PVFS
StorNext
CXFS
Google File System
Novell Storage Services
NetWare File System
Acorn ADFS
Advanced Disc Filing System
Acorn DFS
ramfs
debugfs
MacFUSE
eCryptfs
dm-crypt
# 1980s and 1990s home computer, PC and arcade games
Knight Lore
Sabre Wulf
Atic Atac
Chuckie Egg
Repton
Paradroid
Uridium
Wizball
Speedball 2
Sensible World of Soccer
Shadow of the Beast
Stunt Car Racer
Kick Off 2
Pinball Dreams
Alien Breed
Cosmo's Cosmic Adventure
Crystal Caves
Jill of the Jungle
One Must Fall: 2097
Tyrian
Raptor: Call of the Shadows
Hexen: Beyond Heretic
Heretic II
Blake Stone: Aliens of Gold
Catacomb 3-D
ZZT
Liero
Star Control
Wing Commander: Privateer
Star Wars: X-Wing vs. TIE Fighter
Star Wars: Rebel Assault
Syndicate Wars
Populous II
Powermonger
Little Big Adventure
Karateka
Archon: The Light and the Dark
Seven Cities of Gold
California Games
Raid on Bungeling Bay
Spy vs. Spy
Jumpman
Miner 2049er
Little Computer People
The Colonel's Bequest
Curse of the Azure Bonds
Crusader: No Remorse
King's Bounty
Myth II: Soulblighter
Dark Reign
The Settlers
Under a Killing Moon
The Pandora Directive
Zork: Grand Inquisitor
Zork Nemesis
Return to Zork
Descent: FreeSpace – The Great War
Independence War
Redneck Rampage
Chex Quest
Marathon 2: Durandal
Pathways into Darkness
MechWarrior 3
MechCommander
Descent 3
Soldier of Fortune II: Double Helix
Kingpin: Life of Crime
Sven Co-op
Rainbow Six: Rogue Spear
Hidden & Dangerous
Project IGI
No One Lives Forever 2
Aliens versus Predator 2
American McGee's Alice
Interstate '76
Carmageddon
Carmageddon II: Carpocalypse Now
Need for Speed III: Hot Pursuit
Grand Prix Legends
Death Rally
Wipeout 2097
Re-Volt
"""
