"""Library, second list (issue #16): more software libraries, frameworks, APIs and engines
by name, written by the wsl maintainers from general knowledge. Proper names only,
matched case-sensitively; names that are English words (React, Express, Swing, Rails,
Requests) are left out."""

TYPE = "Library"
SOURCE = "names"

CASED = """
# web and JavaScript
jQuery UI
jQuery Mobile
React Native
ReactJS
React.js
Angular.js
Ember.js
Backbone.js
Knockout.js
Next.js
Nuxt.js
Express.js
Tailwind CSS
Chart.js
Babylon.js
Underscore.js
Moment.js
RxJS
Redux
MobX
Dojo Toolkit
MooTools
YUI Library
Ext JS
Sencha Touch
Modernizr
Socket.IO
Sequelize
Handlebars.js
Mustache.js
# Java, .NET, Apple, Windows
Spring Boot
Apache Struts
JavaServer Faces
ActiveX Data Objects
Entity Framework
ASP.NET MVC
ASP.NET Core
.NET Core
WinForms
Windows Communication Foundation
WCF
Windows Runtime
WinRT
Microsoft Foundation Classes
Active Template Library
Component Object Model
Object Linking and Embedding
DirectDraw
Microsoft XNA
SwiftUI
Core Data
Core Animation
Core Graphics
Core Audio
EdgeHTML
V8
SpiderMonkey
JavaScriptCore
Nashorn
Java Swing
Abstract Window Toolkit
Standard Widget Toolkit
Java Class Library
Java Native Interface
JNI
SLF4J
Logback
TestNG
Google Test
Catch2
CppUnit
PHPUnit
RSpec
Selenium
Netty
Akka
Vert.x
Play Framework
Grails
Apache Flink
Apache Beam
Apache Lucene
Lucene
Bouncy Castle
# C and C++
FLTK
Enlightenment Foundation Libraries
Clutter
SDL2
JACK Audio Connection Kit
libav
x264
x265
LAME
giflib
Pango
Point Cloud Library
VTK
ITK
GNU Scientific Library
GNU Multiple Precision Arithmetic Library
MPFR
Boost C++ Libraries
C++ Standard Library
MSVCRT
POSIX Threads
pthreads
Message Passing Interface
Open MPI
MPICH
Threading Building Blocks
TensorRT
libxslt
Xerces
RapidJSON
Gson
Network Security Services
libsodium
Crypto++
Botan
Mbed TLS
wolfSSL
libgcrypt
Nettle
libuv
libevent
libev
Boost.Asio
Qt Quick
GLib
libsoup
WebKitGTK
Electron
NW.js
Apache Cordova
PhoneGap
Xamarin
Flutter
Cocos2d
cocos2d-x
Box2D
PhysX
OGRE
Irrlicht
Panda3D
jMonkeyEngine
libGDX
LWJGL
MonoGame
# Python, R, ML
matplotlib
seaborn
MXNet
Apache MXNet
CNTK
Gensim
Apache OpenNLP
Stanford CoreNLP
CoreNLP
Twisted
FastAPI
Beautiful Soup
BeautifulSoup
lxml
Scrapy
Python Imaging Library
PyQt
PySide
PyGTK
PyGObject
wxPython
Kivy
Pygame
pyglet
SWIG
ctypes
SymPy
Numba
XGBoost
LightGBM
CodeIgniter
CakePHP
Zend Framework
Yii
"""
