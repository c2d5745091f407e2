"""Library: software libraries, APIs and frameworks that Wikipedia files as libraries,
the generic notions (standard library, toolkit; bare library and runtime are left out,
issue #16), and — following the WikiSER schema — bibliographic databases and reference
managers. Curated by the wsl maintainers from general knowledge."""

TYPE = "Library"

CASED = """
# Python packaging libraries, GPU and maths libraries that READMEs name in install guides
setuptools
cuDNN
CUDA Toolkit
ROCm
MKL
Intel MKL
oneDNN
OpenBLAS
NCCL
MAGMA
Eigen
libtorch
libzstd
Win32
Win32 API
Win16
Windows API
WinAPI
Win64
MFC
ATL
Windows Forms
WPF
Windows Presentation Foundation
DirectShow
Direct2D
Direct3D
DirectWrite
DirectSound
DirectInput
DirectMusic
DirectPlay
XAudio2
Media Foundation
WebGL
WebGPU
OpenVG
OpenAL
OpenCL
OpenMP
MPI
SDL
Simple DirectMedia Layer
SFML
GLUT
GLFW
GLEW
Skia
FreeType
HarfBuzz
FFmpeg
libavcodec
GStreamer
PulseAudio
ALSA
PortAudio
libc
glibc
GNU C Library
musl
uClibc
Newlib
libstdc++
libc++
STL
Standard Template Library
zlib
libpng
libjpeg
libtiff
LibreSSL
BoringSSL
GnuTLS
libcurl
cURL
libxml2
Expat
SQLAlchemy
Hibernate
Spring Framework
Django
Flask
Ruby on Rails
Laravel
Symfony
Node.js
AngularJS
Vue.js
jQuery
D3.js
Three.js
Lodash
pandas
Matplotlib
scikit-learn
TensorFlow
Keras
Theano
Caffe
OpenCV
LAPACK
BLAS
FFTW
GMP
NLTK
spaCy
Biopython
BioPerl
JUnit
NUnit
xUnit
pytest
Mockito
Log4j
Guava
Apache Commons
Qt Core
wxWidgets
Tkinter
AWT
JavaFX
SWT
Cocoa
Cocoa Touch
UIKit
AppKit
Core Foundation
ncurses
curses
readline
GNU Readline
Xlib
XCB
Mesa 3D
WMI
Windows Management Instrumentation
DCOM
ActiveX
PubMed
MEDLINE
Google Scholar
Scopus
Web of Science
JSTOR
EndNote
Zotero
Mendeley
RefWorks
BibTeX
ISBN
ISSN
WorldCat
OCLC
"""

UNCASED = """
software library
software libraries
standard library
C standard library
class library
dynamic-link library
static library
graphics library
widget toolkit
GUI toolkit
UI toolkit
framework library
dependency injection
inversion of control
object-relational mapping
language binding
wrapper library
header-only library
digital library
library catalog
library catalogue
online public access catalog
cataloging
cataloguing
bibliographic database
citation index
reference management software
integrated library system
"""
