"""License: licence names and abbreviations beyond SPDX's full names, and — following the
WikiSER schema — licensing and distribution models (freeware, shareware, open source,
copyleft, FOSS). Curated by the wsl maintainers from general knowledge."""

TYPE = "License"

CASED = """
GPL
GPLv1
GPLv2
GPLv3
GPL-2.0
GPL-3.0
GPL v2
GPL v3
GNU GPL
GNU GPLv2
GNU GPLv3
LGPL
LGPLv2
LGPLv2.1
LGPLv3
GNU LGPL
AGPL
AGPLv3
GNU AGPL
GFDL
GNU FDL
FDL
MIT
MIT License
X11 License
BSD license
BSD License
BSD licence
2-clause BSD
3-clause BSD
New BSD License
Simplified BSD License
ISC License
MPL
MPL 2.0
Mozilla Public License
EPL
Eclipse Public License
CDDL
Common Development and Distribution License
Apache License
Apache License 2.0
Apache 2.0
Apache-2.0
Artistic License
Perl Artistic License
zlib License
Boost Software License
Unlicense
The Unlicense
WTFPL
CC0
CC BY
CC BY-SA
CC BY-NC
CC BY-NC-SA
CC BY-ND
Creative Commons
Creative Commons license
Creative Commons Attribution
Creative Commons Attribution-ShareAlike
Microsoft Public License
Ms-PL
Ms-RL
Shared Source
Shared Source Initiative
SSPL
Server Side Public License
Business Source License
Commons Clause
FOSS
FLOSS
CeCILL
EUPL
QPL
Sleepycat License
SISSL
"""

UNCASED = """
GNU General Public License
GNU Lesser General Public License
GNU Library General Public License
GNU Affero General Public License
GNU Free Documentation License
General Public License
open source
open-source
free and open-source
free and open source
free and open-source software
free and open source software
free/libre open-source software
free/libre and open-source software
free software license
free-software license
software license
end-user license agreement
proprietary license
permissive license
permissive software license
permissive
copyleft
copyleft license
weak copyleft
strong copyleft
public-domain software
freeware
shareware
trialware
demoware
crippleware
adware
nagware
donationware
careware
postcardware
abandonware
source-available
source-available software
shared source
dual licensing
dual-licensed
multi-licensing
royalty-free
license key
product key
copy protection
digital rights management
concurrent users
per-seat license
site license
volume license
"""
