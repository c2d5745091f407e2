"""Language, concept list (issue #16): programming paradigms, kinds of languages and
programming-language features and constructs (type systems, functions, evaluation, object
orientation, control flow, metaprogramming), written by the wsl maintainers from general
knowledge. ``UNCASED``: matched ignoring case, '-'/'_'/spacing and a plural 's'."""

TYPE = "Language"
SOURCE = "concepts"

UNCASED = """
# paradigms
object-oriented programming language
object orientation
class-based programming
prototype-based programming
prototype-based language
prototypal inheritance
functional programming language
functional language
purely functional programming
purely functional language
pure functional programming
total functional programming
functional reactive programming
reactive programming
dataflow programming
flow-based programming
event-driven programming
aspect-oriented programming
subject-oriented programming
role-oriented programming
feature-oriented programming
agent-oriented programming
language-oriented programming
intentional programming
constraint programming
constraint logic programming
answer set programming
logic programming language
automata-based programming
structured programming
unstructured programming
modular programming
literate programming
array programming
array programming language
concatenative programming
concatenative programming language
stack-oriented programming
stack-oriented programming language
tacit programming
point-free style
point-free programming
symbolic programming
probabilistic programming
probabilistic programming language
differentiable programming
quantum programming
quantum programming language
reflective programming
data-driven programming
natural-language programming
visual programming
visual programming language
block-based programming
end-user programming
asynchronous programming
structured concurrency
design by contract
contract programming
multi-paradigm
multi-paradigm programming language
multi-paradigm language
procedural language
procedural programming language
imperative language
imperative programming language
declarative language
declarative programming language
concurrent programming language
expression-oriented programming language
homoiconicity
homoiconic
nondeterministic programming
# kinds of languages
compiled language
compiled programming language
interpreted programming language
dynamic programming language
dynamic language
statically typed
statically typed language
dynamically typed
dynamically typed language
strongly typed
strongly typed language
weakly typed
weakly typed language
garbage-collected language
memory-safe language
lightweight markup language
style sheet language
page description language
hardware description language
data definition language
data manipulation language
data control language
data query language
interface description language
interface definition language
modeling language
modelling language
formal specification language
template language
shading language
job control language
shell script
shell scripting
configuration language
extension language
embedded scripting language
glue language
system programming language
systems programming language
educational programming language
first-generation programming language
second-generation programming language
third-generation programming language
fourth-generation programming language
fourth-generation language
fifth-generation programming language
esoteric language
turing tarpit
curly bracket programming language
curly-brace language
object-oriented language
programming language dialect
autocode
ladder logic
pseudocode
machine code
assembly code
intermediate representation
three-address code
common intermediate language
# grammars and syntax
formal language
formal grammar
context-free grammar
context-sensitive grammar
regular grammar
regular language
attribute grammar
parsing expression grammar
definite clause grammar
backus–naur form
backus-naur form
extended backus–naur form
extended backus-naur form
programming language syntax
syntactic sugar
language construct
reserved word
off-side rule
s-expression
m-expression
operator associativity
operator precedence
# semantics
programming language semantics
formal semantics of programming languages
operational semantics
denotational semantics
axiomatic semantics
evaluation strategy
lazy evaluation
eager evaluation
strict evaluation
non-strict evaluation
short-circuit evaluation
call by value
call by reference
call by name
call by need
call by sharing
pass by value
pass by reference
# type systems
type checking
static type checking
dynamic type checking
type checker
type safety
strong typing
weak typing
strong and weak typing
gradual typing
optional typing
structural typing
structural type system
nominal typing
nominal type system
nominative type system
duck typing
type inference
hindley–milner type system
hindley-milner type system
hindley–milner
hindley-milner
algebraic data type
generalized algebraic data type
dependent type
dependent typing
dependently typed
linear type
linear type system
substructural type system
uniqueness type
refinement type
session type
effect system
type class
type constructor
higher-kinded type
type variable
type parameter
type annotation
type signature
type erasure
type conversion
implicit type conversion
type coercion
type punning
type introspection
type hint
subtyping
behavioral subtyping
covariance and contravariance
polymorphism
parametric polymorphism
ad hoc polymorphism
subtype polymorphism
row polymorphism
bounded quantification
c++ template
variadic template
# functions
first-class function
first-class citizen
first-class object
higher-order function
anonymous function
lambda expression
closure
lexical closure
currying
partial application
function composition
pure function
referential transparency
immutable object
variadic function
default argument
named parameter
named argument
keyword argument
optional parameter
function overloading
method overloading
operator overloading
callback function
nested function
inline function
generator function
generator expression
arrow function
tail call
tail recursion
tail-recursive function
return statement
# object orientation
method overriding
virtual function
virtual method
pure virtual function
abstract method
abstract class
mixin
multiple inheritance
single inheritance
virtual inheritance
dynamic dispatch
static dispatch
single dispatch
multiple dispatch
double dispatch
late binding
early binding
name binding
dynamic binding
method chaining
method cascading
uniform function call syntax
extension method
partial class
inner class
anonymous class
friend function
access modifier
access specifier
mutator method
accessor method
destructor
finalizer
copy constructor
move semantics
rvalue reference
resource acquisition is initialization
raii
metaclass
metaobject protocol
monkey patching
autoboxing
covariant return type
# control flow
conditional statement
switch statement
goto
goto statement
for loop
while loop
do while loop
foreach loop
coroutine
goroutine
first-class continuation
delimited continuation
continuation-passing style
call-with-current-continuation
call/cc
async/await
futures and promises
pattern matching
structural pattern matching
guard clause
# syntax features
list comprehension
set comprehension
dictionary comprehension
destructuring assignment
tuple unpacking
parallel assignment
augmented assignment
spread syntax
optional chaining
null coalescing operator
safe navigation operator
elvis operator
ternary conditional operator
three-way comparison
string interpolation
here document
heredoc
string literal
docstring
java annotation
# scope and declarations
lexical scope
lexical scoping
dynamic scoping
dynamic scope
block scope
variable shadowing
global variable
local variable
static variable
scope resolution operator
forward declaration
function prototype
include guard
main function
const-correctness
sequence point
# functional programming
monad
monad transformer
applicative functor
algebraic effect
effect handler
thunk
# metaprogramming and macros
metaprogramming
template metaprogramming
generative programming
multi-stage programming
compile-time function execution
macro system
hygienic macro
lisp macro
preprocessor macro
macro expansion
quasiquotation
fexpr
# implementation
read–eval–print loop
read-eval-print loop
repl
ahead-of-time compilation
incremental compilation
conditional compilation
name mangling
foreign function interface
inline assembler
borrow checker
"""
