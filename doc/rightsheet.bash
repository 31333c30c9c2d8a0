# SPDX-License-Identifier: ISC
# bash completion for rightsheet(1).
#
# Install as /usr/share/bash-completion/completions/rightsheet, or source
# it from ~/.bashrc.  Countries, regions, states, platforms, topics,
# templates and paper sizes come from `rightsheet list` when you press
# Tab, so they include your own guides and those given with --guides.
# The program is $RIGHTSHEET if set, else rightsheet on PATH.

# _rightsheet_list HEADING: the ids in one section of `rightsheet list`.
# Each section starts with its heading line; each entry is indented two
# spaces and starts with its id; a blank line ends the section.
_rightsheet_list()
{
	local heading=$1 i
	local -a args=(list)

	# Ask about the guides this command line would use.
	for ((i = 2; i < ${#COMP_WORDS[@]}; i++)); do
		if [[ ${COMP_WORDS[i]} == --guides ]]; then
			if [[ ${COMP_WORDS[i+1]} == = ]]; then
				args+=(--guides "${COMP_WORDS[i+2]}")
			else
				args+=(--guides "${COMP_WORDS[i+1]}")
			fi
		elif [[ ${COMP_WORDS[i]} == --guides=* ]]; then
			args+=("${COMP_WORDS[i]}")
		fi
	done
	"${RIGHTSHEET:-rightsheet}" "${args[@]}" 2>/dev/null |
	    awk -v h="$heading" '
		$0 == h { on = 1; next }
		on && /^  [^ ]/ { print $1; next }
		on { exit }'
}

# _rightsheet_words WORDS...: complete the current word from WORDS.
_rightsheet_words()
{
	local IFS=$'\n'
	COMPREPLY=($(compgen -W "$*" -- "$cur"))
}

# _rightsheet_codes HEADING: upper-case codes; "de" completes to "DE".
_rightsheet_codes()
{
	local IFS=$'\n'
	COMPREPLY=($(compgen -W "$(_rightsheet_list "$1")" -- "${cur^^}"))
}

# _rightsheet_commalist HEADING: a comma-separated list of ids; complete
# the part after the last comma and leave out ids already in the list.
_rightsheet_commalist()
{
	local head= part=$cur id
	local -a ids
	local IFS=$'\n'

	if [[ $cur == *,* ]]; then
		head=${cur%,*},
		part=${cur##*,}
	fi
	for id in $(_rightsheet_list "$1"); do
		[[ ,${head} == *,"$id",* ]] && continue
		[[ $id == "$part"* ]] && ids+=("$head$id")
	done
	COMPREPLY=("${ids[@]}")
	# A complete list goes on: no space after the last id.
	compopt -o nospace 2>/dev/null
}

_rightsheet_files()
{
	local IFS=$'\n'
	compopt -o filenames 2>/dev/null
	COMPREPLY=($(compgen -f -- "$cur"))
}

_rightsheet_dirs()
{
	local IFS=$'\n'
	compopt -o filenames 2>/dev/null
	COMPREPLY=($(compgen -d -- "$cur"))
}

# Files ending in .ext, and folders to look in.
_rightsheet_ext()
{
	local IFS=$'\n' ext
	compopt -o filenames 2>/dev/null
	COMPREPLY=()
	for ext in "$@"; do
		COMPREPLY+=($(compgen -f -X "!*.$ext" -- "$cur"))
	done
	COMPREPLY+=($(compgen -d -- "$cur"))
}

_rightsheet()
{
	local cur prev cmd opts
	local profile="--country --region --state --platforms --topics --profile"

	cur=${COMP_WORDS[COMP_CWORD]}
	prev=${COMP_WORDS[COMP_CWORD-1]}
	# --option=value: bash splits at "=" (see COMP_WORDBREAKS).
	if [[ $cur == = ]]; then
		prev=${COMP_WORDS[COMP_CWORD-1]}
		cur=
	elif [[ $prev == = && $COMP_CWORD -ge 2 ]]; then
		prev=${COMP_WORDS[COMP_CWORD-2]}
	fi
	COMPREPLY=()

	if [[ $COMP_CWORD -eq 1 ]]; then
		_rightsheet_words build explain validate list batch wizard \
		    new-guide letters --help --version
		return 0
	fi
	cmd=${COMP_WORDS[1]}

	case $prev in
	--country)	_rightsheet_codes 'Countries (--country), with their region:'; return 0 ;;
	--region)	_rightsheet_codes 'Regions (--region):'; return 0 ;;
	--state)	_rightsheet_codes 'US states (--state):'; return 0 ;;
	--platforms)	_rightsheet_commalist 'Platforms (--platforms):'; return 0 ;;
	--topics)	_rightsheet_commalist 'Topics (--topics):'; return 0 ;;
	--template)	_rightsheet_words $(_rightsheet_list 'Templates (--template):'); return 0 ;;
	--paper)	_rightsheet_words $(_rightsheet_list 'Paper sizes (--paper):'); return 0 ;;
	--format)	_rightsheet_words text json; return 0 ;;
	--profile)	_rightsheet_ext xml; return 0 ;;
	--combined)	_rightsheet_files; return 0 ;;
	--encoding)	_rightsheet_words windows-1252 iso-8859-1 utf-8 utf-16le utf-16be; return 0 ;;
	--guides)	_rightsheet_dirs; return 0 ;;
	-o|--output)
		if [[ $cmd == batch ]]; then
			_rightsheet_dirs
		else
			_rightsheet_files
		fi
		return 0 ;;
	--name|--jobs|--budget|--sheet|--sent|--address|--email)	return 0 ;;
	--letters)	_rightsheet_words all meta-objection broker-request complaint; return 0 ;;
	esac

	case $cmd in
	build)		opts="$profile --guides --name --paper --template --no-profile --letters --sent --address --email -o --output" ;;
	letters)	opts="$profile --guides --name --paper --letters --sent --address --email -o --output" ;;
	explain)	opts="$profile --guides --format" ;;
	validate)	opts="--coverage --guides" ;;
	list)		opts="--format --guides" ;;
	batch)		opts="-o --output --combined --jobs --sheet --encoding --template --paper --topics --budget --guides" ;;
	wizard)		opts="--guides" ;;
	new-guide)	opts="-o --output" ;;
	*)		return 0 ;;
	esac

	if [[ $cur == -* ]]; then
		_rightsheet_words $opts --help --version
		return 0
	fi
	case $cmd in
	validate)	_rightsheet_ext xml ;;
	batch)		_rightsheet_ext csv ods xlsx ;;
	esac
	return 0
}

complete -F _rightsheet rightsheet
