"""Application: the tools developers name in READMEs and install guides — package managers,
build systems, compilers and toolchains, version control, debuggers, CI services, container
tools, databases and servers, compression tools. The WikiSER schema files tools like these
(GCC, Git, LLVM, MySQL) as Application. Complements application.py and the Debian list.
Curated by the wsl maintainers from general knowledge; filtered with
bench/gazetteer_precision.py."""

TYPE = "Application"
SOURCE = "devtools"

# Case-sensitive, as their users write them. Names that are also common English words
# (make, brew, gem, apt, yarn, poetry, composer, helm) are left to context rules in
# lfs/developer.py (`make install`, `brew install X`), or kept only in a longer form
# (GNU Make, Homebrew, apt-get, Apache Kafka). Dropped after bench/gazetteer_precision.py
# (0 right of 3 or more on the dev corpus): Ninja (there, part of game titles; the build tool
# is left to a context rule), OpenSSL, Cygwin, GDB, SQLite, Vim (the schema's data types
# them by their language or not at all; the last two stay in application.py).
CASED = """
pip
pip3
pipx
conda
Conda
Anaconda
Miniconda
mamba
micromamba
virtualenv
venv
PyPI
Python Package Index
npm
Yarn
pnpm
Bower
Homebrew
apt-get
APT
dpkg
RPM
yum
dnf
pacman
Chocolatey
winget
vcpkg
Conan
Spack
Nix
Cargo
RubyGems
Bundler
NuGet
Maven
Apache Maven
Gradle
Apache Ant
sbt
Leiningen
CocoaPods
CMake
cmake
Meson
meson
GNU Make
GNU Autotools
Autotools
Autoconf
autoconf
Automake
automake
Libtool
libtool
pkg-config
Bazel
SCons
Premake
qmake
MSBuild
xcodebuild
Gradle Wrapper
ccache
sccache
distcc
gcc
g++
GCC
GNU Compiler Collection
clang
clang++
Clang
LLVM
MSVC
Visual C++
Microsoft Visual C++
MinGW
MinGW-w64
MSYS2
Intel C++ Compiler
icc
ICC
nvcc
rustc
rustup
javac
gfortran
tcc
Emscripten
gdb
LLDB
lldb
Valgrind
valgrind
strace
zstd
gprof
AddressSanitizer
ThreadSanitizer
git
Git
GitHub
GitLab
Gitea
Bitbucket
Mercurial
hg
Subversion
svn
CVS
Perforce
GitHub Actions
Travis CI
CircleCI
AppVeyor
Jenkins
Azure Pipelines
Buildkite
Docker
docker
Docker Compose
Podman
podman
Kubernetes
kubectl
Vagrant
Terraform
Ansible
tox
nox
pytest
Jupyter
JupyterLab
IPython
pre-commit
Sphinx
Doxygen
Read the Docs
Codecov
Coveralls
MySQL
MariaDB
PostgreSQL
Postgres
sqlite3
Redis
Memcached
MongoDB
Apache Cassandra
CouchDB
RocksDB
LevelDB
LMDB
Berkeley DB
ClickHouse
DuckDB
Elasticsearch
InfluxDB
Neo4j
Apache Kafka
RabbitMQ
ZeroMQ
Apache HTTP Server
nginx
NGINX
Nginx
Caddy
lighttpd
HAProxy
Varnish
Tomcat
Apache Tomcat
Jetty
Gunicorn
uWSGI
Uvicorn
OpenSSH
ssh
curl
cURL
wget
tar
7-Zip
7z
WinRAR
WinZip
pigz
vim
Neovim
Emacs
VS Code
Visual Studio Code
Visual Studio
Xcode
IntelliJ IDEA
PyCharm
CLion
Qt Creator
Eclipse IDE
Sublime Text
"""
