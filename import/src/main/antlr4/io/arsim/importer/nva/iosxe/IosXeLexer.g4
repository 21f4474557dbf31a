/*
 * The tokens of a Cisco IOS-XE "show running-config" (Catalyst 8000v, CSR 1000v, ISR, ASR).
 *
 * Statements follow the Cisco IOS XE IP Routing: BGP configuration guide and command reference
 * ("router bgp", "neighbor", "network", "aggregate-address", "ip prefix-list", "route-map", "ip
 * as-path access-list", "ip community-list") and the IP Routing "ip route" reference. Keywords are
 * tokens of their own; anything else is a WORD, a number or an address. Lexer modes take the parts
 * of a line that are free text: M_REST (descriptions, "version", the regular expression of an
 * AS-path or expanded community list) and M_BANNER / M_BANNER_BODY (a banner, which spans lines
 * up to its closing ^C); a comment line is one COMMENT_LINE token. The lexer tracks the tokens of the current line
 * to know when a regular expression follows "permit" or "deny".
 */
lexer grammar IosXeLexer;

@members {
  private int lastTokenType = NEWLINE;
  private int typeBeforeLast = NEWLINE;
  private boolean sawAsPath;
  private boolean sawAsPathList;
  private boolean sawCommunityList;
  private boolean sawExpanded;

  @Override
  public void emit(org.antlr.v4.runtime.Token token) {
    super.emit(token);
    int type = token.getType();
    if (type == NEWLINE) {
      sawAsPath = false;
      sawAsPathList = false;
      sawCommunityList = false;
      sawExpanded = false;
    } else if (type == AS_PATH) {
      sawAsPath = true;
    } else if (type == ACCESS_LIST && sawAsPath) {
      sawAsPathList = true;
    } else if (type == COMMUNITY_LIST) {
      sawCommunityList = true;
    } else if (type == EXPANDED && sawCommunityList) {
      sawExpanded = true;
    } else if (type == UINT && lastTokenType == COMMUNITY_LIST) {
      // ip community-list 100..500 is an expanded list
      String digits = token.getText();
      sawExpanded = digits.length() <= 3 && Integer.parseInt(digits) >= 100 && Integer.parseInt(digits) <= 500;
    }
    typeBeforeLast = lastTokenType;
    lastTokenType = type;
  }

  /** Whether the rest of the line after permit/deny is a regular expression. */
  private boolean regexFollows() {
    return sawAsPathList || sawExpanded;
  }

  /**
   * Whitespace at the start of a line is the line's indentation: the lexer turns that one WS token
   * into an INDENT token on the default channel. Doing it here instead of with a predicate in the
   * INDENT rule keeps the lexer's DFA cacheable, which makes lexing an order of magnitude faster.
   */
  @Override
  public org.antlr.v4.runtime.Token nextToken() {
    org.antlr.v4.runtime.Token token = super.nextToken();
    if (token.getType() == WS && typeBeforeLast == NEWLINE
        && token instanceof org.antlr.v4.runtime.WritableToken writable) {
      writable.setType(INDENT);
      writable.setChannel(org.antlr.v4.runtime.Token.DEFAULT_CHANNEL);
      lastTokenType = INDENT;
    }
    return token;
  }
}

tokens { REST, INDENT }

// Structure --------------------------------------------------------------------------------------

NEWLINE : '\r'? '\n' ;
WS : [ \t]+ -> channel(HIDDEN) ;
COMMENT_LINE : '!' ~[\r\n]* ;

// Keywords ---------------------------------------------------------------------------------------

ACCESS_LIST : 'access-list' ;
ACTIVATE : 'activate' ;
ADDITIVE : 'additive' ;
ADDRESS : 'address' ;
ADDRESS_FAMILY : 'address-family' ;
AGGREGATE_ADDRESS : 'aggregate-address' ;
ALL : 'all' ;
ALLOWAS_IN : 'allowas-in' ;
ALWAYS_COMPARE_MED : 'always-compare-med' ;
ANY : 'any' ;
AS_OVERRIDE : 'as-override' ;
AS_PATH : 'as-path' ;
AS_SET : 'as-set' ;
BACKDOOR : 'backdoor' ;
BESTPATH : 'bestpath' ;
BGP : 'bgp' ;
BLACKHOLE : 'blackhole' ;
CALL : 'call' ;
COMMUNITY : 'community' ;
COMMUNITY_LIST : 'community-list' ;
CONTINUE : 'continue' ;
DEFAULT : 'default' ;
DEFAULT_ORIGINATE : 'default-originate' ;
DENY : 'deny' { if (regexFollows()) pushMode(M_REST); } ;
DESCRIPTION : 'description' -> pushMode(M_REST) ;
DETERMINISTIC_MED : 'deterministic-med' ;
DISABLE_CONNECTED_CHECK : 'disable-connected-check' ;
EBGP_MULTIHOP : 'ebgp-multihop' ;
EBGP_REQUIRES_POLICY : 'ebgp-requires-policy' ;
END : 'end' ;
EXACT_MATCH : 'exact-match' ;
EXIT : 'exit' ;
EXIT_ADDRESS_FAMILY : 'exit-address-family' ;
EXPANDED : 'expanded' ;
EXTERNAL : 'external' ;
FILTER_LIST : 'filter-list' ;
FORCE : 'force' ;
GE : 'ge' ;
GOTO : 'goto' ;
HOSTNAME : 'hostname' ;
IBGP : 'ibgp' ;
IMPORT_CHECK : 'import-check' ;
IN : 'in' ;
INBOUND : 'inbound' ;
INTERFACE : 'interface' ;
INTERNAL : 'internal' ;
AUTO : 'auto' ;
IP : 'ip' ;
IPV4 : 'ipv4' ;
IPV4_UNICAST : 'ipv4-unicast' ;
LAST_AS : 'last-as' ;
LE : 'le' ;
LOCAL_PREFERENCE : 'local-preference' ;
MATCH : 'match' ;
MAXIMUM_PATHS : 'maximum-paths' ;
MAXIMUM_PREFIX : 'maximum-prefix' ;
METRIC : 'metric' ;
MULTIPATH_RELAX : 'multipath-relax' ;
NEIGHBOR : 'neighbor' ;
NETWORK : 'network' ;
NEXT : 'next' ;
NEXT_HOP : 'next-hop' ;
NEXT_HOP_SELF : 'next-hop-self' ;
NO : 'no' ;
NONE : 'none' ;
ON_MATCH : 'on-match' ;
ORIGIN : 'origin' ;
OUT : 'out' ;
PEER_ADDRESS : 'peer-address' ;
PEER_GROUP : 'peer-group' ;
PERMIT : 'permit' { if (regexFollows()) pushMode(M_REST); } ;
PORT : 'port' ;
PREFIX_LIST : 'prefix-list' ;
PREPEND : 'prepend' ;
REDISTRIBUTE : 'redistribute' ;
REMOTE_AS : 'remote-as' ;
REMOVE_PRIVATE_AS : 'remove-private-as' ;
REPLACE : 'replace' ;
RESTART : 'restart' ;
ROUTE : 'route' ;
ROUTE_MAP : 'route-map' ;
ROUTE_REFLECTOR_CLIENT : 'route-reflector-client' ;
ROUTER : 'router' ;
ROUTER_ID : 'router-id' ;
SEND_COMMUNITY : 'send-community' ;
SEQ : 'seq' ;
SET : 'set' ;
SHUTDOWN : 'shutdown' ;
SOFT_RECONFIGURATION : 'soft-reconfiguration' ;
STANDARD : 'standard' ;
SUMMARY_ONLY : 'summary-only' ;
UNCHANGED : 'unchanged' ;
UNICAST : 'unicast' ;
UPDATE_SOURCE : 'update-source' ;
VERSION : 'version' -> pushMode(M_REST) ;
VRF : 'vrf' ;
WARNING_ONLY : 'warning-only' ;
WEIGHT : 'weight' ;

ADVERTISEMENT_INTERVAL : 'advertisement-interval' ;
BFD : 'bfd' ;
CAPABILITY : 'capability' ;
DEBUG : 'debug' ;
ENABLE : 'enable' ;
FORWARDING : 'forwarding' ;
GRACEFUL_RESTART : 'graceful-restart' ;
IPV6 : 'ipv6' ;
LABEL : 'label' ;
LINE : 'line' ;
LOG : 'log' ;
LOG_NEIGHBOR_CHANGES : 'log-neighbor-changes' ;
MASK : 'mask' ;
MATCHING_MED_ONLY : 'matching-MED-only' ;
NEXTHOP_VRF : 'nexthop-vrf' ;
ONLINK : 'onlink' ;
PASSWORD : 'password' ;
REJECT : 'reject' ;
REPLACE_AS : 'replace-as' ;
SERVICE : 'service' ;
TABLE : 'table' ;
TAG : 'tag' ;
TIMERS : 'timers' ;
USERNAME : 'username' ;

AAA : 'aaa' ;
ALIAS : 'alias' ;
ARCHIVE : 'archive' ;
ATTRIBUTE_MAP : 'attribute-map' ;
ADVERTISE_MAP : 'advertise-map' ;
BOOT : 'boot' ;
BOOT_END_MARKER : 'boot-end-marker' ;
BOOT_START_MARKER : 'boot-start-marker' ;
BUILDING : 'Building' ;
CALL_HOME : 'call-home' ;
CDP : 'cdp' ;
CLOCK : 'clock' ;
CONTROL_PLANE : 'control-plane' ;
CRYPTO : 'crypto' ;
CURRENT : 'Current' ;
DESTINATION : 'destination' ;
DHCP : 'dhcp' ;
DIAGNOSTIC : 'diagnostic' ;
DOMAIN : 'domain' ;
DUPLEX : 'duplex' ;
EIBGP : 'eibgp' ;
FALL_OVER : 'fall-over' ;
FORWARD_PROTOCOL : 'forward-protocol' ;
GRE : 'gre' ;
HA_MODE : 'ha-mode' ;
HARDWARE : 'hardware' ;
HTTP : 'http' ;
INHERIT : 'inherit' ;
INTERNET : 'internet' ;
IOX : 'iox' ;
IPSEC : 'ipsec' ;
KEY : 'key' ;
LICENSE : 'license' ;
LLDP : 'lldp' ;
LOAD_INTERVAL : 'load-interval' ;
LOGGING : 'logging' ;
LOGIN : 'login' ;
MEMORY : 'memory' ;
MODE : 'mode' ;
MOP : 'mop' ;
MTU : 'mtu' ;
MULTILINK : 'multilink' ;
NAME : 'name' ;
NAME_SERVER : 'name-server' ;
NAT : 'nat' ;
NEGOTIATION : 'negotiation' ;
NETCONF_YANG : 'netconf-yang' ;
NTP : 'ntp' ;
PERMANENT : 'permanent' ;
PLATFORM : 'platform' ;
PROFILE : 'profile' ;
PROTECTION : 'protection' ;
REDUNDANCY : 'redundancy' ;
RESTCONF : 'restconf' ;
SCP : 'scp' ;
SECONDARY : 'secondary' ;
SNMP_SERVER : 'snmp-server' ;
SOURCE : 'source' ;
SPANNING_TREE : 'spanning-tree' ;
SPEED : 'speed' ;
SSH : 'ssh' ;
SUBSCRIBER : 'subscriber' ;
SUPPRESS_MAP : 'suppress-map' ;
TCP : 'tcp' ;
TELEMETRY : 'telemetry' ;
TEMPLATE : 'template' ;
TRACK : 'track' ;
TRANSPORT : 'transport' ;
TUNNEL : 'tunnel' ;
VTP : 'vtp' ;
BANNER : 'banner' -> pushMode(M_BANNER) ;

// Values -----------------------------------------------------------------------------------------

IP_PREFIX : OCTETS '/' DIGITS ;
IP_ADDRESS : OCTETS ;
UINT : DIGITS ;
WORD : WORD_CHAR+ ;
OTHER : . ;

fragment OCTETS : DIGITS '.' DIGITS '.' DIGITS '.' DIGITS ;
fragment DIGITS : [0-9]+ ;
fragment WORD_CHAR : ~[ \t\r\n] ;

// The rest of a line as one token ----------------------------------------------------------------

mode M_REST;
M_REST_NEWLINE : '\r'? '\n' -> type(NEWLINE), popMode ;
M_REST_WS : [ \t]+ -> skip ;
REST_TEXT : ~[ \t\r\n] ~[\r\n]* -> type(REST) ;


// A banner: "banner motd ^C", then any text, up to the closing ^C ------------------------------------

mode M_BANNER;
M_BANNER_WS : [ \t]+ -> skip ;
BANNER_KIND : [a-z-]+ ;
BANNER_DELIMITER : ('^C' | '\u0003') -> mode(M_BANNER_BODY) ;
M_BANNER_NEWLINE : '\r'? '\n' -> type(NEWLINE), popMode ;

mode M_BANNER_BODY;
BANNER_BODY : (~('^' | '\u0003') | '^' ~'C')* ('^C' | '\u0003') -> popMode ;
