"""Language: programming, markup, query and style-sheet languages, language families and
dialects, plus the language-processing notions the WikiSER schema files under Language
(compiler, assembly language, object-oriented programming). Complements the pygments and
trove-classifier lists. Curated by the wsl maintainers from general knowledge."""

TYPE = "Language"

CASED = """
C
C++
C#
C99
C11
C89
ANSI C
K&R C
Objective-C
Objective-C++
Java
JavaScript
ECMAScript
TypeScript
CoffeeScript
Python
Python 2
Python 3
CPython
Jython
IronPython
PyPy
Ruby
Perl
Perl 5
Raku
PHP
Lua
LuaJIT
Tcl
Golang
Rust
Swift
Kotlin
Scala
Groovy
Clojure
Haskell
OCaml
Standard ML
SML
F#
Erlang
Elixir
Elm
Lisp
Common Lisp
Scheme
Racket
Emacs Lisp
Prolog
Fortran
FORTRAN
COBOL
ALGOL
ALGOL 60
ALGOL 68
Pascal
Object Pascal
Turbo Pascal
Delphi
Modula-2
Modula-3
Oberon
Ada
PL/I
PL/SQL
BASIC
Visual Basic
Visual Basic .NET
VB.NET
VBScript
VBA
QBasic
QuickBASIC
BBC BASIC
GW-BASIC
Applesoft BASIC
Smalltalk
Simula
APL
Forth
MATLAB
Octave
GNU Octave
R
Julia
SAS
Stata
Mathematica
Wolfram Language
Dart
Zig
Nim
Crystal
Vala
ActionScript
Bash
Bourne shell
C shell
KornShell
Zsh
AWK
awk
sed
SQL
T-SQL
Transact-SQL
SPARQL
GraphQL
XQuery
XPath
XSLT
Datalog
HTML
HTML5
XHTML
CSS
CSS3
Sass
LESS
Markdown
LaTeX
TeX
PostScript
SGML
VHDL
Verilog
SystemVerilog
CUDA C
OpenCL C
GLSL
HLSL
Cg
Solidity
WebAssembly
RPG
JOVIAL
CODASYL
FLOW-MATIC
COMTRAN
SNOBOL
Brainfuck
Malbolge
LOLCODE
INTERCAL
Befunge
Eiffel
Sather
Rexx
REXX
ABAP
JSP
ASP
ASP.NET
Jinja
Dylan
Miranda
Agda
Coq
Idris
Isabelle
Z notation
UML
BPEL
Java ME
Java SE
Java EE
Jakarta EE
JVM
Java virtual machine
Java Virtual Machine
OpenJDK
JDK
JRE
HotSpot
Java Platform
Dalvik
CLR
Common Language Runtime
Common Lisp Object System
TI-BASIC
Commodore BASIC
UCSD Pascal
PL/M
Qt
"""

UNCASED = """
high-level programming language
low-level programming language
scripting language
query language
assembly language
assembly
machine language
interpreted language
just-in-time compilation
JIT compiler
cross compiler
transpiler
source-to-source compiler
preprocessor
C preprocessor
object-oriented
object-oriented programming
functional programming
procedural programming
imperative programming
declarative programming
logic programming
generic programming
regular expression
regular expressions
domain-specific language
general-purpose programming language
esoteric programming language
programming paradigm
static typing
dynamic typing
"""
