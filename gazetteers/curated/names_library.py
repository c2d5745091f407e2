"""Library, second list (issue #16): more software libraries, frameworks, APIs and engines
by name, written by the wsl maintainers from general knowledge. Proper names only,
matched case-sensitively; names that are English words (React, Express, Swing, Rails,
Requests) are left out."""

TYPE = "Library"
SOURCE = "names"

CASED = """
# web and JavaScript
jQuery
jQuery UI
jQuery Mobile
React Native
ReactJS
React.js
AngularJS
Angular.js
Vue.js
Ember.js
Backbone.js
Knockout.js
Next.js
Nuxt.js
Express.js
Tailwind CSS
D3.js
Chart.js
Three.js
Babylon.js
Lodash
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
Hibernate
Spring Framework
Spring Boot
Apache Struts
JavaServer Faces
ActiveX Data Objects
Entity Framework
ASP.NET MVC
ASP.NET Core
.NET Core
Windows Forms
WinForms
Windows Presentation Foundation
WPF
Windows Communication Foundation
WCF
Windows Runtime
WinRT
Win32 API
Windows API
Microsoft Foundation Classes
MFC
Active Template Library
Component Object Model
DCOM
Object Linking and Embedding
DirectDraw
DirectSound
DirectInput
Direct2D
DirectWrite
Microsoft XNA
Cocoa Touch
UIKit
AppKit
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
JavaFX
Standard Widget Toolkit
Java Class Library
Java Native Interface
JNI
Apache Commons
Guava
Log4j
SLF4J
Logback
JUnit
TestNG
Mockito
NUnit
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
wxWidgets
FLTK
Tkinter
XCB
Enlightenment Foundation Libraries
Clutter
Simple DirectMedia Layer
SDL2
SFML
GLFW
GLUT
GLEW
OpenAL
PortAudio
PulseAudio
JACK Audio Connection Kit
libav
x264
x265
LAME
libjpeg
libpng
giflib
libtiff
FreeType
HarfBuzz
Pango
Skia
OpenCV
Point Cloud Library
VTK
ITK
BLAS
LAPACK
FFTW
GNU Scientific Library
GMP
GNU Multiple Precision Arithmetic Library
MPFR
Boost C++ Libraries
Standard Template Library
C++ Standard Library
glibc
GNU C Library
musl
uClibc
Newlib
libstdc++
libc++
MSVCRT
POSIX Threads
pthreads
Message Passing Interface
Open MPI
MPICH
Threading Building Blocks
TensorRT
WebGL
WebGPU
Mesa 3D
GNU Readline
libcurl
libxml2
libxslt
Expat
Xerces
RapidJSON
Gson
GnuTLS
Network Security Services
libsodium
Crypto++
Botan
Mbed TLS
wolfSSL
LibreSSL
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
pandas
Matplotlib
matplotlib
seaborn
scikit-learn
Keras
Theano
Caffe
MXNet
Apache MXNet
CNTK
spaCy
NLTK
Gensim
Apache OpenNLP
Stanford CoreNLP
CoreNLP
Flask
Twisted
FastAPI
SQLAlchemy
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
Ruby on Rails
Laravel
Symfony
CodeIgniter
CakePHP
Zend Framework
Yii
"""
