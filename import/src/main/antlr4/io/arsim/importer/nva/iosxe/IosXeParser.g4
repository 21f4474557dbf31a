/*
 * The statements of a Cisco IOS-XE "show running-config" that arsim reads (Cisco IOS XE IP
 * Routing: BGP configuration guide and command reference; "ip route"; "interface Tunnel" of the
 * Security for VPNs with IPsec guide), with a catch-all rule for every other line.
 *
 * IOS-XE writes the lines of a block (interface, router bgp, address-family, route-map, crypto,
 * line, ...) indented under the line that opens it, and the next unindented line ends it. Known
 * statements are accepted with or without indentation; any other indented line inside a block is
 * reported as not understood, except inside blocks that are ignored as a whole (crypto, line, ...).
 */
parser grammar IosXeParser;

options { tokenVocab = IosXeLexer; }

ios_configuration : line* EOF ;

line
  : blank
  | comment
  | version
  | hostname
  | s_interface
  | s_router_bgp
  | s_ip_prefix_list
  | s_route_map
  | s_ip_route
  | s_as_path_list
  | s_community_list
  | s_banner
  | s_end
  | s_ignored
  | s_unknown
  ;

blank : INDENT? NEWLINE ;
comment : INDENT? COMMENT_LINE NEWLINE ;
version : VERSION REST? NEWLINE ;
hostname : HOSTNAME word NEWLINE ;
s_end : END NEWLINE ;
s_unknown : ~NEWLINE+ NEWLINE ;
s_banner : BANNER BANNER_KIND? BANNER_DELIMITER BANNER_BODY? NEWLINE ;

// Lines understood and not relevant to routing, with the indented lines of their block.
s_ignored : NO? ignored_head ~NEWLINE* NEWLINE ignored_child* ;

ignored_child : INDENT ~NEWLINE* NEWLINE ;

ignored_head
  : CRYPTO | LINE | LOGGING | AAA | NTP | SNMP_SERVER | SERVICE | PLATFORM | LICENSE | BOOT
  | BOOT_START_MARKER | BOOT_END_MARKER | USERNAME | ENABLE | SPANNING_TREE | REDUNDANCY
  | CONTROL_PLANE | ARCHIVE | MEMORY | MULTILINK | LOGIN | DIAGNOSTIC | SUBSCRIBER | VTP | CDP
  | LLDP | CLOCK | CALL_HOME | KEY | ALIAS | NETCONF_YANG | RESTCONF | TELEMETRY | IOX | HARDWARE
  | BUILDING | CURRENT | VRF | IPV6
  | IP (DOMAIN | SSH | HTTP | SCP | FORWARD_PROTOCOL | NAME_SERVER | DHCP | TCP | NAT | FORWARDING)
  ;

// Any single token as a name or value.
word : ~(NEWLINE | INDENT | COMMENT_LINE) ;

inner_unknown : ~(NEWLINE | COMMENT_LINE | EXIT_ADDRESS_FAMILY | ADDRESS_FAMILY) ~NEWLINE* ;

inner_comment : INDENT COMMENT_LINE NEWLINE ;

// interface NAME ------------------------------------------------------------------------------------

s_interface : INTERFACE name=word NEWLINE if_inner* ;

if_inner
  : INDENT? if_stmt NEWLINE
  | inner_comment
  | INDENT inner_unknown NEWLINE
  ;

if_stmt
  : IP ADDRESS address=IP_ADDRESS mask=IP_ADDRESS SECONDARY?          # if_ip_address
  | NO IP ADDRESS                                                      # if_no_ip_address
  | DESCRIPTION REST?                                                  # if_description
  | NO? SHUTDOWN                                                       # if_shutdown
  | IP? VRF FORWARDING name=word                                       # if_vrf
  | TUNNEL SOURCE (IP_ADDRESS | word)                                  # if_tunnel_source
  | TUNNEL DESTINATION IP_ADDRESS                                      # if_tunnel_destination
  | TUNNEL MODE tunnel_mode                                             # if_tunnel_mode
  | TUNNEL PROTECTION IPSEC PROFILE profile=word ~NEWLINE*             # if_tunnel_protection
  | (NEGOTIATION | MTU | SPEED | DUPLEX | LOAD_INTERVAL | NO? MOP | NO? IP (MTU | TCP | NAT)
     | NO? IPV6 | NO? CDP | NO? LLDP) ~NEWLINE*                        # if_ignored
  ;

// ip route [vrf NAME] NETWORK MASK {INTERFACE [GATEWAY] | GATEWAY} [DISTANCE] [options] ------------

s_ip_route : IP ROUTE (VRF vrf=word)? network=IP_ADDRESS mask=IP_ADDRESS route_next_hop route_option* NEWLINE ;

route_next_hop
  : gateway=IP_ADDRESS                    # route_gateway
  | ifname=WORD gateway=IP_ADDRESS?       # route_interface
  ;

route_option
  : distance=UINT
  | TAG UINT
  | NAME word
  | PERMANENT
  | TRACK UINT
  ;

// router bgp ASN ---------------------------------------------------------------------------------------

s_router_bgp : ROUTER BGP asn=word NEWLINE rb_inner* ;

rb_inner
  : INDENT? bgp_stmt NEWLINE
  | rb_address_family
  | inner_comment
  | INDENT inner_unknown NEWLINE
  ;

rb_address_family
  : INDENT? ADDRESS_FAMILY af_name NEWLINE af_inner* (INDENT? EXIT_ADDRESS_FAMILY NEWLINE)?
  ;

af_name
  : IPV4 UNICAST? (VRF vrf=word)?     # af_ipv4
  | ~NEWLINE+                         # af_other
  ;

af_inner
  : INDENT? bgp_stmt NEWLINE
  | inner_comment
  | INDENT inner_unknown NEWLINE
  ;

bgp_stmt
  : BGP ROUTER_ID IP_ADDRESS                                              # bs_router_id
  | BGP BESTPATH AS_PATH MULTIPATH_RELAX                                  # bs_multipath_relax
  | BGP DETERMINISTIC_MED                                                 # bs_deterministic_med
  | BGP ALWAYS_COMPARE_MED                                                # bs_always_compare_med
  | NO BGP DEFAULT IPV4_UNICAST                                          # bs_no_default_ipv4_unicast
  | MAXIMUM_PATHS (IBGP | EIBGP)? paths=UINT                              # bs_maximum_paths
  | NETWORK address=IP_ADDRESS (MASK mask=IP_ADDRESS)? network_option*    # bs_network
  | AGGREGATE_ADDRESS address=IP_ADDRESS mask=IP_ADDRESS aggregate_option*  # bs_aggregate
  | REDISTRIBUTE protocol=word instance=UINT? redistribute_option*        # bs_redistribute
  | NO? NEIGHBOR peer=word neighbor_tail                                  # bs_neighbor
  | (BGP (LOG_NEIGHBOR_CHANGES | GRACEFUL_RESTART) | TIMERS | TEMPLATE) ~NEWLINE*  # bs_ignored
  ;

network_option : ROUTE_MAP word | BACKDOOR ;
aggregate_option : SUMMARY_ONLY | AS_SET | (ATTRIBUTE_MAP | ADVERTISE_MAP | SUPPRESS_MAP) word ;
redistribute_option : ROUTE_MAP word | METRIC UINT ;

neighbor_tail
  : REMOTE_AS remote=word                                               # nt_remote_as
  | PEER_GROUP group=word?                                              # nt_peer_group
  | DESCRIPTION REST?                                                   # nt_description
  | UPDATE_SOURCE source=word                                           # nt_update_source
  | EBGP_MULTIHOP ttl=UINT?                                             # nt_ebgp_multihop
  | DISABLE_CONNECTED_CHECK                                             # nt_disable_connected_check
  | SHUTDOWN                                                            # nt_shutdown
  | ACTIVATE                                                            # nt_activate
  | NEXT_HOP_SELF ALL?                                                  # nt_next_hop_self
  | AS_OVERRIDE                                                         # nt_as_override
  | ALLOWAS_IN count=UINT?                                              # nt_allowas_in
  | ROUTE_MAP name=word direction                                       # nt_route_map
  | PREFIX_LIST name=word direction                                     # nt_prefix_list
  | FILTER_LIST name=word direction                                     # nt_filter_list
  | MAXIMUM_PREFIX max=UINT threshold=UINT? (WARNING_ONLY | RESTART restart=UINT)?  # nt_maximum_prefix
  | REMOVE_PRIVATE_AS ALL? REPLACE_AS?                                  # nt_remove_private_as
  | SOFT_RECONFIGURATION INBOUND                                        # nt_soft_reconfiguration
  | SEND_COMMUNITY option=word?                                         # nt_send_community
  | WEIGHT weight=UINT                                                  # nt_weight
  | DEFAULT_ORIGINATE (ROUTE_MAP name=word)?                            # nt_default_originate
  | ROUTE_REFLECTOR_CLIENT                                              # nt_route_reflector_client
  | (PASSWORD | TIMERS | FALL_OVER | BFD | HA_MODE | TRANSPORT | INHERIT | VERSION) ~NEWLINE*  # nt_ignored
  ;

direction : IN | OUT ;

// ip prefix-list ---------------------------------------------------------------------------------------

s_ip_prefix_list
  : IP PREFIX_LIST name=word (SEQ seq=UINT)? action IP_PREFIX prefix_list_bound* NEWLINE  # pl_entry
  | IP PREFIX_LIST name=word DESCRIPTION REST? NEWLINE                                   # pl_description
  ;

prefix_list_bound : GE UINT | LE UINT ;
action : PERMIT | DENY ;

// route-map NAME [permit|deny] [SEQ] ----------------------------------------------------------------

s_route_map : ROUTE_MAP name=word action? seq=UINT? NEWLINE rm_inner* ;

rm_inner
  : INDENT? rm_stmt NEWLINE
  | inner_comment
  | INDENT inner_unknown NEWLINE
  ;

rm_stmt
  : MATCH IP ADDRESS PREFIX_LIST list_name+                  # rm_match_prefix_list
  | MATCH IP NEXT_HOP PREFIX_LIST list_name+                 # rm_match_next_hop_prefix_list
  | MATCH AS_PATH list_name+                                 # rm_match_as_path
  | MATCH COMMUNITY list_name+ EXACT_MATCH?                  # rm_match_community
  | SET IP NEXT_HOP (IP_ADDRESS | UNCHANGED | PEER_ADDRESS)  # rm_set_next_hop
  | SET AS_PATH PREPEND (LAST_AS count=UINT | as_number+)    # rm_set_prepend
  | SET LOCAL_PREFERENCE value=word                          # rm_set_local_preference
  | SET METRIC value=word                                    # rm_set_metric
  | SET COMMUNITY NONE                                       # rm_set_community_none
  | SET COMMUNITY community_value+ ADDITIVE?                 # rm_set_community
  | SET WEIGHT UINT                                          # rm_set_weight
  | SET ORIGIN word UINT?                                    # rm_set_origin
  | CONTINUE UINT?                                           # rm_continue
  | DESCRIPTION REST?                                        # rm_description
  ;

list_name : ~(NEWLINE | EXACT_MATCH) ;
community_value : ~(NEWLINE | ADDITIVE | NONE) ;
as_number : UINT | WORD ;

// ip as-path access-list N permit|deny REGEX ------------------------------------------------------------

s_as_path_list : IP AS_PATH ACCESS_LIST name=word action regex? NEWLINE ;

// ip community-list {N | standard NAME | expanded NAME} permit|deny VALUES ---------------------------------

s_community_list : IP COMMUNITY_LIST kind=(STANDARD | EXPANDED)? name=word action regex? NEWLINE ;

regex : ~NEWLINE+ ;

tunnel_mode : ~NEWLINE+ ;
