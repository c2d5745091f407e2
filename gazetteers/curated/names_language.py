"""Language, second list (issue #16): more programming, query, hardware-description and
markup languages and dialects by name, written by the wsl maintainers from general
knowledge. Matched case-sensitively; one-letter names and English words are left out."""

TYPE = "Language"
SOURCE = "names"

CASED = """
ALGOL W
ALGOL 58
Simula 67
CPL
BCPL
JOSS
FOCAL
MUMPS
PL/0
SETL
SNOBOL4
CLU
Oberon-2
Lisp 1.5
MacLisp
Interlisp
Franz Lisp
ZetaLisp
AutoLISP
StarLogo
HyperTalk
JScript
JScript .NET
J#
Visual J++
Visual J#
Managed C++
C++/CLI
C/AL
X++
RPG II
RPG III
RPG IV
NetRexx
Object REXX
Clipper
FoxBASE
Informix-4GL
Progress 4GL
PowerScript
SQL/PSM
PL/pgSQL
Gödel
Gleam
occam
Alef
Newsqueak
Pharo
NewtonScript
Ceylon
ClojureScript
Scala.js
Epigram
KRC
SASL
Caml
Caml Light
ReasonML
Maxima
S-PLUS
SystemC
Chisel
MyHDL
PALASM
AHDL
Metal Shading Language
SPIR-V
x86 assembly language
ARM assembly language
Textile
wikitext
Wikitext
Texinfo
troff
groff
nroff
Gremlin
N1QL
HQL
JPQL
OQL
QUEL
Pig Latin
LINQ
Visual Basic for Applications
Visual Basic Script
QuickBasic
Turbo Basic
PowerBASIC
Dartmouth BASIC
Atari BASIC
Locomotive BASIC
MSX BASIC
Microsoft BASIC
Altair BASIC
Tiny BASIC
Integer BASIC
Visual Prolog
Turbo Prolog
SWI-Prolog
GNU Prolog
Lisp Machine Lisp
Scheme 48
Guile
GNU Guile
Chez Scheme
MIT/GNU Scheme
Chicken Scheme
Fennel
MoonScript
AngelScript
GameMonkey Script
UnrealScript
QuakeC
GML
GDScript
Luau
ActionScript 3.0
ActionScript 2.0
ECMAScript 6
ES6
ES2015
JSX
TSX
SCSS
Stylus
Haml
Blazor
Thymeleaf
FreeMarker
ERB
EJS
Objective-C 2.0
Swift 5
Kotlin/Native
Kotlin/JS
CUDA C++
OpenCL C++
SYCL
Halide
OpenACC
Cilk
Cilk Plus
Chapel
X10
Unified Parallel C
Coarray Fortran
High Performance Fortran
Erlang/OTP
"""
