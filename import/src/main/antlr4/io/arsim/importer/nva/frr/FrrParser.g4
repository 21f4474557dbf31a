/*
 * The statements of an FRR configuration that arsim reads (FRR user guide: bgp.rst, filter.rst,
 * routemap.rst, static.rst, basic.rst), with a catch-all rule for every other line.
 *
 * Blocks (interface, vrf, router bgp, address-family, route-map) take the lines that follow them:
 * statements the block knows, written with or without indentation (vtysh accepts both), and any
 * other indented line, which the reader reports as not understood. An unindented line the block
 * does not know ends it, as it makes vtysh leave the block. Alternatives are tried in order, so a
 * known statement wins over the catch-all rules.
 */
parser grammar FrrParser;

options { tokenVocab = FrrLexer; }

frr_configuration : line* EOF ;

line
  : blank
  | comment
  | frr_version
  | frr_defaults
  | hostname
  | s_interface
  | s_vrf
  | s_router_bgp
  | s_ip_prefix_list
  | s_route_map
  | s_ip_route
  | s_as_path_list
  | s_community_list
  | s_end
  | s_ignored
  | s_unknown
  ;

blank : INDENT? NEWLINE ;
comment : INDENT? COMMENT_LINE NEWLINE ;
frr_version : FRR VERSION REST? NEWLINE ;
frr_defaults : FRR DEFAULTS word NEWLINE ;
hostname : HOSTNAME word NEWLINE ;
s_end : (END | EXIT) NEWLINE ;
s_unknown : ~NEWLINE+ NEWLINE ;

// Lines understood and not relevant to routing: logging, services, passwords, vty, forwarding
// switches, debugging, SNMP, IPv6 (arsim models IPv4).
s_ignored
  : ignored_kind ~NEWLINE* NEWLINE
  | LINE ~NEWLINE* NEWLINE ignored_child*
  ;

ignored_child : INDENT ~NEWLINE* NEWLINE ;
ignored_kind : LOG | SERVICE | PASSWORD | ENABLE | DEBUG | AGENTX | USERNAME | NO? (IP | IPV6) FORWARDING | IPV6 | BUILDING | CURRENT ;

// Any single token as a name or value.
word : ~(NEWLINE | INDENT | COMMENT_LINE) ;

// The start of an indented line a block does not know (not the end of a block, not a comment).
inner_unknown : ~(NEWLINE | COMMENT_LINE | EXIT | EXIT_VRF | EXIT_ADDRESS_FAMILY | ADDRESS_FAMILY) ~NEWLINE* ;

inner_comment : INDENT COMMENT_LINE NEWLINE ;

// interface IFNAME [vrf NAME] ---------------------------------------------------------------------

s_interface : INTERFACE name=word (VRF vrf=word)? NEWLINE if_inner* (INDENT? EXIT NEWLINE)? ;

if_inner
  : INDENT? if_stmt NEWLINE
  | INDENT? NEWLINE
  | inner_comment
  | INDENT inner_unknown NEWLINE
  ;

if_stmt
  : IP ADDRESS IP_PREFIX (LABEL word)?   # if_ip_address
  | DESCRIPTION REST?                    # if_description
  | NO? SHUTDOWN                         # if_shutdown
  | IPV6 ~NEWLINE*                       # if_ipv6
  ;

// vrf NAME ... exit-vrf ----------------------------------------------------------------------------

s_vrf : VRF name=word NEWLINE vrf_inner* (INDENT? EXIT_VRF NEWLINE)? ;

vrf_inner
  : INDENT? ip_route NEWLINE
  | INDENT? NEWLINE
  | inner_comment
  | INDENT inner_unknown NEWLINE
  ;

// ip route (static.rst) --------------------------------------------------------------------------

s_ip_route : ip_route NEWLINE ;

ip_route : IP ROUTE route_destination route_next_hop route_option* ;

route_destination
  : IP_PREFIX                 # route_prefix
  | IP_ADDRESS IP_ADDRESS     # route_address_mask
  ;

route_next_hop
  : gateway=IP_ADDRESS ifname=WORD?   # route_gateway
  | ifname=WORD                       # route_interface
  | (BLACKHOLE | REJECT)              # route_blackhole
  ;

route_option
  : distance=UINT
  | TAG UINT
  | TABLE UINT
  | VRF word
  | NEXTHOP_VRF word
  | LABEL word
  | ONLINK
  ;

// router bgp ASN [vrf NAME] (bgp.rst) -------------------------------------------------------------

s_router_bgp : ROUTER BGP asn=word (VRF vrf=word)? NEWLINE rb_inner* (INDENT? EXIT NEWLINE)? ;

rb_inner
  : INDENT? bgp_stmt NEWLINE
  | rb_address_family
  | INDENT? NEWLINE
  | inner_comment
  | INDENT inner_unknown NEWLINE
  ;

rb_address_family
  : INDENT? ADDRESS_FAMILY af_name NEWLINE af_inner* (INDENT? EXIT_ADDRESS_FAMILY NEWLINE)?
  ;

af_name : IPV4 UNICAST? | ~NEWLINE+ ;

af_inner
  : INDENT? bgp_stmt NEWLINE
  | INDENT? NEWLINE
  | inner_comment
  | INDENT inner_unknown NEWLINE
  ;

bgp_stmt
  : BGP ROUTER_ID IP_ADDRESS                                        # bs_router_id
  | NO BGP EBGP_REQUIRES_POLICY                                     # bs_no_ebgp_requires_policy
  | NO BGP NETWORK IMPORT_CHECK                                     # bs_no_network_import_check
  | BGP BESTPATH AS_PATH MULTIPATH_RELAX word?                      # bs_multipath_relax
  | BGP DETERMINISTIC_MED                                           # bs_deterministic_med
  | BGP ALWAYS_COMPARE_MED                                          # bs_always_compare_med
  | NO BGP DEFAULT IPV4_UNICAST                                     # bs_no_default_ipv4_unicast
  | MAXIMUM_PATHS IBGP? paths=UINT ~NEWLINE*                        # bs_maximum_paths
  | NETWORK IP_PREFIX network_option*                               # bs_network_prefix
  | NETWORK IP_ADDRESS (MASK mask=IP_ADDRESS)? network_option*      # bs_network_mask
  | AGGREGATE_ADDRESS IP_PREFIX aggregate_option*                   # bs_aggregate
  | REDISTRIBUTE protocol=word instance=UINT? redistribute_option*  # bs_redistribute
  | NO? NEIGHBOR peer=word neighbor_tail                            # bs_neighbor
  | (BGP (LOG_NEIGHBOR_CHANGES | GRACEFUL_RESTART) | TIMERS) ~NEWLINE*  # bs_ignored
  ;

network_option : ROUTE_MAP word | BACKDOOR ;
aggregate_option : SUMMARY_ONLY | AS_SET | ROUTE_MAP word | ORIGIN word | MATCHING_MED_ONLY ;
redistribute_option : ROUTE_MAP word | METRIC UINT ;

neighbor_tail
  : REMOTE_AS remote=word                                               # nt_remote_as
  | INTERFACE (REMOTE_AS remote=word)?                                  # nt_interface
  | PEER_GROUP group=word?                                              # nt_peer_group
  | DESCRIPTION REST?                                                   # nt_description
  | UPDATE_SOURCE source=word                                           # nt_update_source
  | EBGP_MULTIHOP ttl=UINT?                                             # nt_ebgp_multihop
  | DISABLE_CONNECTED_CHECK                                             # nt_disable_connected_check
  | SHUTDOWN ~NEWLINE*                                                  # nt_shutdown
  | PORT port=UINT                                                      # nt_port
  | ACTIVATE                                                            # nt_activate
  | NEXT_HOP_SELF FORCE?                                                # nt_next_hop_self
  | AS_OVERRIDE                                                         # nt_as_override
  | ALLOWAS_IN (count=UINT | ORIGIN)?                                   # nt_allowas_in
  | ROUTE_MAP name=word direction                                       # nt_route_map
  | PREFIX_LIST name=word direction                                     # nt_prefix_list
  | FILTER_LIST name=word direction                                     # nt_filter_list
  | MAXIMUM_PREFIX max=UINT threshold=UINT? (WARNING_ONLY | RESTART restart=UINT)? FORCE?  # nt_maximum_prefix
  | REMOVE_PRIVATE_AS ALL? REPLACE_AS?                                  # nt_remove_private_as
  | SOFT_RECONFIGURATION INBOUND                                        # nt_soft_reconfiguration
  | SEND_COMMUNITY option=word?                                         # nt_send_community
  | WEIGHT weight=UINT                                                  # nt_weight
  | DEFAULT_ORIGINATE (ROUTE_MAP name=word)?                            # nt_default_originate
  | ROUTE_REFLECTOR_CLIENT                                              # nt_route_reflector_client
  | (PASSWORD | TIMERS | BFD | CAPABILITY | ADVERTISEMENT_INTERVAL) ~NEWLINE*  # nt_ignored
  ;

direction : IN | OUT ;

// ip prefix-list (filter.rst) ------------------------------------------------------------------------

s_ip_prefix_list
  : IP PREFIX_LIST name=word (SEQ seq=UINT)? action prefix_list_target prefix_list_bound* NEWLINE  # pl_entry
  | IP PREFIX_LIST name=word DESCRIPTION REST? NEWLINE                                            # pl_description
  ;

prefix_list_target : IP_PREFIX | ANY ;
prefix_list_bound : GE UINT | LE UINT ;
action : PERMIT | DENY ;

// route-map NAME permit|deny ORDER (routemap.rst) ------------------------------------------------

s_route_map : ROUTE_MAP name=word action seq=UINT NEWLINE rm_inner* (INDENT? EXIT NEWLINE)? ;

rm_inner
  : INDENT? rm_stmt NEWLINE
  | INDENT? NEWLINE
  | inner_comment
  | INDENT inner_unknown NEWLINE
  ;

rm_stmt
  : MATCH IP ADDRESS PREFIX_LIST list_name+                  # rm_match_prefix_list
  | MATCH IP NEXT_HOP ADDRESS IP_ADDRESS                     # rm_match_next_hop_address
  | MATCH IP NEXT_HOP PREFIX_LIST list_name+                 # rm_match_next_hop_prefix_list
  | MATCH AS_PATH list_name+                                 # rm_match_as_path
  | MATCH COMMUNITY list_name+ EXACT_MATCH?                  # rm_match_community
  | SET IP NEXT_HOP (IP_ADDRESS | UNCHANGED | PEER_ADDRESS)  # rm_set_next_hop
  | SET AS_PATH PREPEND (LAST_AS count=UINT | as_number+)          # rm_set_prepend
  | SET AS_PATH REPLACE (ANY | match=as_number) replacement=as_number?   # rm_set_replace
  | SET LOCAL_PREFERENCE value=word                          # rm_set_local_preference
  | SET METRIC value=word                                    # rm_set_metric
  | SET COMMUNITY NONE                                       # rm_set_community_none
  | SET COMMUNITY community_value+ ADDITIVE?                 # rm_set_community
  | SET WEIGHT UINT                                          # rm_set_weight
  | SET ORIGIN word                                          # rm_set_origin
  | ON_MATCH NEXT                                            # rm_on_match_next
  | ON_MATCH GOTO UINT                                       # rm_on_match_goto
  | CONTINUE UINT?                                           # rm_continue
  | CALL word                                                # rm_call
  | DESCRIPTION REST?                                        # rm_description
  ;

list_name : ~(NEWLINE | EXACT_MATCH) ;
community_value : ~(NEWLINE | ADDITIVE | NONE) ;
as_number : UINT | WORD ;

// bgp as-path access-list NAME [seq N] permit|deny LINE --------------------------------------------

s_as_path_list : BGP AS_PATH ACCESS_LIST name=word (SEQ seq=UINT)? action regex? NEWLINE ;

// bgp community-list [standard|expanded] NAME [seq N] permit|deny VALUES ----------------------------

s_community_list
  : BGP COMMUNITY_LIST kind=(STANDARD | EXPANDED)? name=word (SEQ seq=UINT)? action regex? NEWLINE
  ;

// A regular expression or a list of values: the rest of the line, read from the text.
regex : ~NEWLINE+ ;
