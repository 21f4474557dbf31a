package io.arsim.importer.nva.iosxe;

import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.Community;
import io.arsim.core.bgp.Origin;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.problem.SourceLocation;
import io.arsim.importer.nva.Action;
import io.arsim.importer.nva.AddressFamilyActivation;
import io.arsim.importer.nva.AllowAsIn;
import io.arsim.importer.nva.BgpAggregate;
import io.arsim.importer.nva.BgpNetwork;
import io.arsim.importer.nva.BgpRedistribution;
import io.arsim.importer.nva.CommunityListKind;
import io.arsim.importer.nva.InterfaceAddress;
import io.arsim.importer.nva.MaximumPrefix;
import io.arsim.importer.nva.OnMatch;
import io.arsim.importer.nva.TunnelMode;
import io.arsim.importer.nva.RemoteAs;
import io.arsim.importer.nva.RouteMapMatch;
import io.arsim.importer.nva.RouteMapSet;
import io.arsim.importer.nva.StaticRoute;
import io.arsim.importer.nva.internal.ConfigLines;
import io.arsim.importer.nva.internal.ConfigReport;
import io.arsim.importer.nva.internal.NvaModelBuilder;
import io.arsim.importer.nva.internal.NvaModelBuilder.BgpDraft;
import io.arsim.importer.nva.internal.NvaModelBuilder.InterfaceDraft;
import io.arsim.importer.nva.internal.NvaModelBuilder.RouteMapEntryDraft;
import io.arsim.importer.nva.internal.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.ParseTreeListener;
import org.antlr.v4.runtime.tree.ParseTreeWalker;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.jspecify.annotations.Nullable;

/** Walks an IOS-XE parse tree into the model builder, one statement at a time. */
final class IosXeExtractor extends IosXeParserBaseListener {
  private static final String IPV4_UNICAST = AddressFamilyActivation.IPV4_UNICAST;

  private final NvaModelBuilder model;
  private final ConfigReport report;
  private final ConfigLines lines;
  private final Values values;
  private @Nullable InterfaceDraft iface;
  private @Nullable String vrf;
  private @Nullable BgpDraft bgp;
  private @Nullable BgpDraft defaultBgp;
  private String addressFamily = IPV4_UNICAST;
  private @Nullable RouteMapEntryDraft routeMapEntry;

  IosXeExtractor(NvaModelBuilder model, ConfigLines lines) {
    this.model = model;
    this.report = model.report();
    this.lines = lines;
    this.values = new Values(report);
  }

  void extract(ParseTree tree) {
    new ParseTreeWalker() {
      @Override
      public void walk(ParseTreeListener listener, ParseTree t) {
        if (!skipped(t)) {
          super.walk(listener, t);
        }
      }
    }.walk(this, tree);
  }

  /**
   * Statements of an address family other than IPv4 unicast, which arsim does not model, are
   * reported as ignored and not walked; {@code neighbor X activate} there is still recorded.
   */
  private boolean skipped(ParseTree t) {
    if (t instanceof IosXeParser.Bgp_stmtContext stmt && !addressFamily.equals(IPV4_UNICAST)
        && !(stmt instanceof IosXeParser.Bs_neighborContext n && n.neighbor_tail() instanceof IosXeParser.Nt_activateContext)) {
      ignored("address-family " + addressFamily, stmt);
      return true;
    }
    return false;
  }

  // --- helpers --------------------------------------------------------------------------------

  private static int line(ParserRuleContext ctx) {
    return ctx.getStart().getLine();
  }

  private static int line(Token token) {
    return token.getLine();
  }

  private static int column(Token token) {
    return token.getCharPositionInLine() + 1;
  }

  private SourceLocation at(ParserRuleContext ctx) {
    return report.at(line(ctx));
  }

  private static String text(ParseTree node) {
    return node.getText();
  }

  private void ignored(String kind, ParserRuleContext ctx) {
    for (int l = line(ctx); l <= ctx.getStop().getLine(); l++) {
      String t = lines.text(l);
      if (!t.isEmpty() && !t.startsWith("!")) {
        report.ignored(kind, l, t);
      }
    }
  }

  /** The original text of {@code ctx}, spaces included (a regular expression, a list of values). */
  private static String original(ParserRuleContext ctx) {
    return ctx.getStart().getInputStream()
        .getText(Interval.of(ctx.getStart().getStartIndex(), ctx.getStop().getStopIndex())).strip();
  }

  private static Action action(IosXeParser.ActionContext ctx) {
    return ctx.PERMIT() != null ? Action.PERMIT : Action.DENY;
  }

  private Optional<Asn> asn(ParserRuleContext ctx) {
    return values.asn(text(ctx), line(ctx), column(ctx.getStart()));
  }

  private Optional<Long> number(TerminalNode node, long min, long max, String what) {
    return values.number(node.getText(), min, max, what, line(node.getSymbol()), column(node.getSymbol()));
  }

  private @Nullable Integer optionalInt(@Nullable Token token, long min, long max, String what) {
    if (token == null) {
      return null;
    }
    return values.number(token.getText(), min, max, what, line(token), column(token)).map(Long::intValue).orElse(null);
  }

  // --- top-level statements ----------------------------------------------------------------------

  @Override
  public void enterS_unknown(IosXeParser.S_unknownContext ctx) {
    report.notUnderstood(line(ctx), lines.text(line(ctx)));
  }

  @Override
  public void enterInner_unknown(IosXeParser.Inner_unknownContext ctx) {
    report.notUnderstood(line(ctx), lines.text(line(ctx)));
  }

  @Override
  public void enterS_ignored(IosXeParser.S_ignoredContext ctx) {
    ignored(kind(ctx.ignored_head()), ctx);
  }

  private static String kind(IosXeParser.Ignored_headContext h) {
    if (h.IP() != null) {
      return h.FORWARD_PROTOCOL() != null ? "service" : h.TCP() != null || h.NAT() != null ? "IP services"
          : h.FORWARDING() != null ? "forwarding" : "management";
    }
    switch (h.getStart().getType()) {
      case IosXeLexer.CRYPTO:
        return "crypto";
      case IosXeLexer.LINE:
        return "line";
      case IosXeLexer.LOGGING:
        return "logging";
      case IosXeLexer.AAA:
        return "aaa";
      case IosXeLexer.NTP:
        return "ntp";
      case IosXeLexer.SNMP_SERVER:
        return "snmp";
      case IosXeLexer.SERVICE:
        return "service";
      case IosXeLexer.USERNAME:
      case IosXeLexer.ENABLE:
      case IosXeLexer.LOGIN:
      case IosXeLexer.KEY:
        return "authentication";
      case IosXeLexer.SPANNING_TREE:
      case IosXeLexer.VTP:
      case IosXeLexer.CDP:
      case IosXeLexer.LLDP:
        return "layer 2";
      case IosXeLexer.BUILDING:
      case IosXeLexer.CURRENT:
        return "show running-config header";
      case IosXeLexer.VRF:
        return "vrf definition";
      case IosXeLexer.IPV6:
        return "IPv6 (arsim models IPv4 only)";
      case IosXeLexer.CLOCK:
      case IosXeLexer.CALL_HOME:
      case IosXeLexer.ARCHIVE:
      case IosXeLexer.ALIAS:
      case IosXeLexer.NETCONF_YANG:
      case IosXeLexer.RESTCONF:
      case IosXeLexer.TELEMETRY:
      case IosXeLexer.MULTILINK:
      case IosXeLexer.SUBSCRIBER:
        return "management";
      default:
        return "platform";
    }
  }

  @Override
  public void enterS_banner(IosXeParser.S_bannerContext ctx) {
    ignored("banner", ctx);
  }


  @Override
  public void enterVersion(IosXeParser.VersionContext ctx) {
    if (ctx.REST() != null) {
      model.softwareVersion(ctx.REST().getText().strip());
    }
  }





  @Override
  public void enterHostname(IosXeParser.HostnameContext ctx) {
    model.hostname(text(ctx.word()));
  }

  // --- interfaces --------------------------------------------------------------------------------

  @Override
  public void enterS_interface(IosXeParser.S_interfaceContext ctx) {
    iface = model.iface(text(ctx.name), at(ctx));
  }


  @Override
  public void exitS_interface(IosXeParser.S_interfaceContext ctx) {
    iface = null;
  }

  @Override
  public void enterIf_ip_address(IosXeParser.If_ip_addressContext ctx) {
    Token a = ctx.address;
    Optional<Ipv4Address> address = values.address(a.getText(), line(a), column(a));
    Optional<Integer> length = values.maskLength(ctx.mask.getText(), line(ctx.mask), column(ctx.mask));
    if (address.isPresent() && length.isPresent() && iface != null) {
      iface.address(new InterfaceAddress(address.get(), length.get(), ctx.SECONDARY() != null));
    }
  }

  @Override
  public void enterIf_vrf(IosXeParser.If_vrfContext ctx) {
    if (iface != null) {
      iface.vrf(text(ctx.name));
    }
  }

  @Override
  public void enterIf_tunnel_source(IosXeParser.If_tunnel_sourceContext ctx) {
    if (iface == null) {
      return;
    }
    if (ctx.IP_ADDRESS() != null) {
      Token t = ctx.IP_ADDRESS().getSymbol();
      InterfaceDraft draft = iface;
      values.address(t.getText(), line(t), column(t)).ifPresent(a -> draft.tunnelSource(null, a));
    } else {
      iface.tunnelSource(text(ctx.word()), null);
    }
  }

  @Override
  public void enterIf_tunnel_destination(IosXeParser.If_tunnel_destinationContext ctx) {
    Token t = ctx.IP_ADDRESS().getSymbol();
    InterfaceDraft draft = iface;
    if (draft != null) {
      values.address(t.getText(), line(t), column(t)).ifPresent(draft::tunnelDestination);
    }
  }

  @Override
  public void enterIf_tunnel_mode(IosXeParser.If_tunnel_modeContext ctx) {
    if (iface == null) {
      return;
    }
    String mode = original(ctx.tunnel_mode());
    String m = mode.toLowerCase(Locale.ROOT);
    TunnelMode kind = m.startsWith("ipsec") ? TunnelMode.IPSEC
        : m.equals("gre multipoint") ? TunnelMode.GRE_MULTIPOINT
        : m.startsWith("gre") ? TunnelMode.GRE : TunnelMode.OTHER;
    iface.tunnelMode(kind, mode);
  }

  @Override
  public void enterIf_tunnel_protection(IosXeParser.If_tunnel_protectionContext ctx) {
    if (iface != null) {
      iface.ipsecProfile(text(ctx.profile));
    }
  }

  @Override
  public void enterIf_ignored(IosXeParser.If_ignoredContext ctx) {
    ignored(ctx.IPV6() != null ? "IPv6 (arsim models IPv4 only)" : "interface settings", ctx);
  }


  @Override
  public void enterIf_description(IosXeParser.If_descriptionContext ctx) {
    if (iface != null && ctx.REST() != null) {
      iface.description(ctx.REST().getText().strip());
    }
  }

  @Override
  public void enterIf_shutdown(IosXeParser.If_shutdownContext ctx) {
    if (iface != null) {
      iface.shutdown(ctx.NO() == null);
    }
  }




  // --- vrf and static routes ----------------------------------------------------------------------







  @Override
  public void enterS_ip_route(IosXeParser.S_ip_routeContext ctx) {
    Token n = ctx.network;
    Optional<Ipv4Prefix> prefix = values.addressAndMask(n.getText(), ctx.mask.getText(), line(n), column(n));
    Ipv4Address nextHop = null;
    String ifname = null;
    Token gateway;
    IosXeParser.Route_next_hopContext nh = ctx.route_next_hop();
    if (nh instanceof IosXeParser.Route_gatewayContext g) {
      gateway = g.gateway;
    } else {
      IosXeParser.Route_interfaceContext i = (IosXeParser.Route_interfaceContext) nh;
      ifname = i.ifname.getText();
      gateway = i.gateway;
    }
    if (gateway != null) {
      Optional<Ipv4Address> a = values.address(gateway.getText(), line(gateway), column(gateway));
      if (a.isEmpty()) {
        return;
      }
      nextHop = a.get();
    }
    Integer distance = null;
    for (IosXeParser.Route_optionContext o : ctx.route_option()) {
      if (o.distance != null) {
        distance = optionalInt(o.distance, 1, 255, "administrative distance");
      }
    }
    if (prefix.isPresent()) {
      model.staticRoute(new StaticRoute(prefix.get(), nextHop, ifname, distance, ctx.vrf == null ? null : text(ctx.vrf),
          at(ctx)));
    }
  }


  // --- router bgp ----------------------------------------------------------------------------------

  @Override
  public void enterS_router_bgp(IosXeParser.S_router_bgpContext ctx) {
    Optional<Asn> asn = asn(ctx.asn);
    bgp = asn.map(a -> model.bgp(a, null, at(ctx))).orElse(null);
    defaultBgp = bgp;
    addressFamily = IPV4_UNICAST;
  }


  @Override
  public void exitS_router_bgp(IosXeParser.S_router_bgpContext ctx) {
    bgp = null;
    defaultBgp = null;
  }

  /**
   * {@code address-family ipv4 vrf NAME} opens the VRF's own BGP instance (same ASN); other address
   * families than IPv4 unicast are not modelled.
   */
  @Override
  public void enterRb_address_family(IosXeParser.Rb_address_familyContext ctx) {
    IosXeParser.Af_nameContext af = ctx.af_name();
    if (af instanceof IosXeParser.Af_ipv4Context v4) {
      addressFamily = IPV4_UNICAST;
      if (v4.vrf != null && defaultBgp != null) {
        bgp = model.bgp(defaultBgp.asn(), text(v4.vrf), at(ctx));
      }
    } else {
      addressFamily = original(af).toLowerCase(Locale.ROOT);
      report.ignored("address-family " + addressFamily, line(ctx), lines.text(line(ctx)));
    }
  }


  @Override
  public void exitRb_address_family(IosXeParser.Rb_address_familyContext ctx) {
    if (!addressFamily.equals(IPV4_UNICAST) && ctx.EXIT_ADDRESS_FAMILY() != null) {
      int l = ctx.EXIT_ADDRESS_FAMILY().getSymbol().getLine();
      report.ignored("address-family " + addressFamily, l, lines.text(l));
    }
    addressFamily = IPV4_UNICAST;
    bgp = defaultBgp;
  }


  @Override
  public void enterBs_router_id(IosXeParser.Bs_router_idContext ctx) {
    Token t = ctx.IP_ADDRESS().getSymbol();
    Optional<Ipv4Address> id = values.address(t.getText(), line(t), column(t));
    if (bgp != null && id.isPresent()) {
      bgp.routerId = id.get();
    }
  }







  @Override
  public void enterBs_multipath_relax(IosXeParser.Bs_multipath_relaxContext ctx) {
    if (bgp != null) {
      bgp.asPathMultipathRelax = true;
    }
  }

  @Override
  public void enterBs_deterministic_med(IosXeParser.Bs_deterministic_medContext ctx) {
    if (bgp != null) {
      bgp.deterministicMed = true;
    }
  }

  @Override
  public void enterBs_always_compare_med(IosXeParser.Bs_always_compare_medContext ctx) {
    if (bgp != null) {
      bgp.alwaysCompareMed = true;
    }
  }

  @Override
  public void enterBs_no_default_ipv4_unicast(IosXeParser.Bs_no_default_ipv4_unicastContext ctx) {
    if (bgp != null) {
      bgp.defaultIpv4Unicast = false;
    }
  }

  @Override
  public void enterBs_maximum_paths(IosXeParser.Bs_maximum_pathsContext ctx) {
    Integer paths = optionalInt(ctx.paths, 1, 32, "maximum-paths");
    if (bgp != null && paths != null) {
      if (ctx.IBGP() == null) {
        bgp.maximumPathsEbgp = paths;
      }
      if (ctx.IBGP() != null || ctx.EIBGP() != null) {
        bgp.maximumPathsIbgp = paths;
      }
    }
  }





  @Override
  public void enterBs_network(IosXeParser.Bs_networkContext ctx) {
    Token t = ctx.address;
    Optional<Ipv4Prefix> prefix;
    if (ctx.mask != null) {
      prefix = values.addressAndMask(t.getText(), ctx.mask.getText(), line(t), column(t));
    } else {
      // Without a mask IOS-XE announces the classful network (class A /8, B /16, C /24).
      prefix = values.address(t.getText(), line(t), column(t))
          .flatMap(a -> values.addressAndMask(a.toString(),
              new Ipv4Address(Ipv4Prefix.mask(Values.classfulLength(a))).toString(), line(t), column(t)));
    }
    prefix.ifPresent(p -> network(p, ctx.network_option(), ctx));
  }


  private void network(Ipv4Prefix prefix, List<IosXeParser.Network_optionContext> options, ParserRuleContext ctx) {
    String routeMap = null;
    boolean backdoor = false;
    for (IosXeParser.Network_optionContext o : options) {
      if (o.ROUTE_MAP() != null) {
        routeMap = text(o.word());
      } else {
        backdoor = true;
      }
    }
    if (bgp != null) {
      bgp.network(new BgpNetwork(prefix, routeMap, backdoor, at(ctx)));
    }
  }

  @Override
  public void enterBs_aggregate(IosXeParser.Bs_aggregateContext ctx) {
    Token t = ctx.address;
    Optional<Ipv4Prefix> prefix = values.addressAndMask(t.getText(), ctx.mask.getText(), line(t), column(t));
    boolean summaryOnly = false;
    boolean asSet = false;
    String routeMap = null;
    for (IosXeParser.Aggregate_optionContext o : ctx.aggregate_option()) {
      summaryOnly |= o.SUMMARY_ONLY() != null;
      asSet |= o.AS_SET() != null;
      if (o.ATTRIBUTE_MAP() != null) {
        routeMap = text(o.word());
      }
    }
    if (bgp != null && prefix.isPresent()) {
      bgp.aggregate(new BgpAggregate(prefix.get(), summaryOnly, asSet, routeMap, at(ctx)));
    }
  }


  @Override
  public void enterBs_redistribute(IosXeParser.Bs_redistributeContext ctx) {
    String protocol = text(ctx.protocol) + (ctx.instance == null ? "" : " " + ctx.instance.getText());
    Long metric = null;
    String routeMap = null;
    for (IosXeParser.Redistribute_optionContext o : ctx.redistribute_option()) {
      if (o.ROUTE_MAP() != null) {
        routeMap = text(o.word());
      } else {
        metric = number(o.UINT(), 0, 0xFFFF_FFFFL, "metric").orElse(null);
      }
    }
    if (bgp != null) {
      bgp.redistribute(new BgpRedistribution(protocol, metric, routeMap, at(ctx)));
    }
  }

  @Override
  public void enterBs_ignored(IosXeParser.Bs_ignoredContext ctx) {
    ignored(ctx.LOG_NEIGHBOR_CHANGES() != null ? "logging" : "BGP timers and graceful restart", ctx);
  }

  // --- neighbors ---------------------------------------------------------------------------------

  @Override
  public void enterBs_neighbor(IosXeParser.Bs_neighborContext ctx) {
    if (bgp == null) {
      return;
    }
    BgpDraft b = bgp;
    String peer = text(ctx.peer);
    SourceLocation at = at(ctx);
    boolean no = ctx.NO() != null;
    IosXeParser.Neighbor_tailContext tail = ctx.neighbor_tail();
    if (tail instanceof IosXeParser.Nt_activateContext) {
      b.peer(peer, at).activation(new AddressFamilyActivation(addressFamily, !no, at));
      return;
    }
    if (no && !(tail instanceof IosXeParser.Nt_send_communityContext) && !(tail instanceof IosXeParser.Nt_shutdownContext)) {
      report.notUnderstood(line(ctx), lines.text(line(ctx)));
      return;
    }
    if (tail instanceof IosXeParser.Nt_remote_asContext r) {
      remoteAs(r.remote).ifPresent(as -> b.peer(peer, at).remoteAs(as));
    } else if (tail instanceof IosXeParser.Nt_peer_groupContext g) {
      if (g.group == null) {
        b.definePeerGroup(peer, at);
      } else {
        b.joinPeerGroup(peer, text(g.group), at, report);
      }
    } else if (tail instanceof IosXeParser.Nt_descriptionContext d) {
      b.peer(peer, at).description(d.REST() == null ? "" : d.REST().getText().strip());
    } else if (tail instanceof IosXeParser.Nt_update_sourceContext u) {
      b.peer(peer, at).updateSource(text(u.source));
    } else if (tail instanceof IosXeParser.Nt_ebgp_multihopContext m) {
      b.peer(peer, at).ebgpMultihop(true, optionalInt(m.ttl, 1, 255, "ebgp-multihop TTL"));
    } else if (tail instanceof IosXeParser.Nt_disable_connected_checkContext) {
      b.peer(peer, at).disableConnectedCheck(true);
    } else if (tail instanceof IosXeParser.Nt_shutdownContext) {
      b.peer(peer, at).shutdown(!no);
    } else if (tail instanceof IosXeParser.Nt_next_hop_selfContext n) {
      b.policy(peer, at, x -> x.nextHopSelf(true).nextHopSelfForce(n.ALL() != null));
    } else if (tail instanceof IosXeParser.Nt_as_overrideContext) {
      b.policy(peer, at, x -> x.asOverride(true));
    } else if (tail instanceof IosXeParser.Nt_allowas_inContext a) {
      Integer count = optionalInt(a.count, 1, 10, "allowas-in count");
      b.policy(peer, at, x -> x.allowAsIn(new AllowAsIn(count, false)));
    } else if (tail instanceof IosXeParser.Nt_route_mapContext r) {
      String name = text(r.name);
      boolean in = r.direction().IN() != null;
      b.policy(peer, at, x -> in ? x.routeMapIn(name) : x.routeMapOut(name));
    } else if (tail instanceof IosXeParser.Nt_prefix_listContext p) {
      String name = text(p.name);
      boolean in = p.direction().IN() != null;
      b.policy(peer, at, x -> in ? x.prefixListIn(name) : x.prefixListOut(name));
    } else if (tail instanceof IosXeParser.Nt_filter_listContext f) {
      String name = text(f.name);
      boolean in = f.direction().IN() != null;
      b.policy(peer, at, x -> in ? x.filterListIn(name) : x.filterListOut(name));
    } else if (tail instanceof IosXeParser.Nt_maximum_prefixContext m) {
      Optional<Long> max = number(m.UINT(0), 1, 0xFFFF_FFFFL, "maximum-prefix");
      Integer threshold = optionalInt(m.threshold, 1, 100, "maximum-prefix threshold");
      Integer restart = optionalInt(m.restart, 1, 65535, "maximum-prefix restart interval");
      max.ifPresent(n -> b.policy(peer, at,
          x -> x.maximumPrefix(new MaximumPrefix(n, threshold, m.WARNING_ONLY() != null, restart))));
    } else if (tail instanceof IosXeParser.Nt_remove_private_asContext r) {
      String options = ((r.ALL() != null ? "all " : "") + (r.REPLACE_AS() != null ? "replace-as" : "")).strip();
      b.policy(peer, at, x -> x.removePrivateAs(options));
    } else if (tail instanceof IosXeParser.Nt_soft_reconfigurationContext) {
      b.policy(peer, at, x -> x.softReconfigurationInbound(true));
    } else if (tail instanceof IosXeParser.Nt_send_communityContext s) {
      String option = s.option == null ? "" : text(s.option);
      b.policy(peer, at, x -> no ? x.sendCommunityDisabled(true) : x.sendCommunity(option));
    } else if (tail instanceof IosXeParser.Nt_weightContext w) {
      number(w.UINT(), 0, 65535, "weight").ifPresent(v -> b.policy(peer, at, x -> x.weight(v)));
    } else if (tail instanceof IosXeParser.Nt_default_originateContext d) {
      String name = d.name == null ? null : text(d.name);
      b.policy(peer, at, x -> x.defaultOriginate(true).defaultOriginateRouteMap(name));
    } else if (tail instanceof IosXeParser.Nt_route_reflector_clientContext) {
      b.policy(peer, at, x -> x.routeReflectorClient(true));
    } else if (tail instanceof IosXeParser.Nt_ignoredContext) {
      ignored("BGP session options (password, timers, BFD, fall-over)", ctx);
    }
  }

    private Optional<RemoteAs> remoteAs(IosXeParser.WordContext ctx) {
    return asn(ctx).map(RemoteAs::of);
  }


  // --- prefix lists ------------------------------------------------------------------------------

  @Override
  public void enterPl_entry(IosXeParser.Pl_entryContext ctx) {
    Long seq = ctx.seq == null ? null
        : values.number(ctx.seq.getText(), 1, 4294967294L, "sequence number", line(ctx.seq), column(ctx.seq)).orElse(null);
    if (ctx.seq != null && seq == null) {
      return;
    }
    Token target = ctx.IP_PREFIX().getSymbol();
    Optional<Ipv4Prefix> prefix = values.prefix(target.getText(), line(target), column(target));
    Integer ge = null;
    Integer le = null;
    for (IosXeParser.Prefix_list_boundContext b : ctx.prefix_list_bound()) {
      Integer v = optionalInt(b.UINT().getSymbol(), 1, 32, "prefix length bound");
      if (v == null) {
        return;
      }
      if (b.GE() != null) {
        ge = v;
      } else {
        le = v;
      }
    }
    if (prefix.isEmpty()) {
      return;
    }
    int len = prefix.get().length();
    // Cisco requires len < ge <= le <= 32 (bgp-reference.md: "Cisco uses <").
    if ((ge != null && ge <= len) || (le != null && le <= len) || (ge != null && le != null && ge > le)) {
      report.warn(Values.INVALID_VALUE, line(ctx), column(target), "prefix list " + text(ctx.name) + ": the bounds of "
              + prefix.get() + (ge != null ? " ge " + ge : "") + (le != null ? " le " + le : "")
              + " are invalid; IOS-XE requires length < ge <= le <= 32 and rejects the line",
          "choose bounds with " + len + " < ge <= le <= 32, or leave them out to match " + prefix.get() + " exactly");
      return;
    }
    model.prefixListEntry(text(ctx.name), seq, action(ctx.action()), prefix.get(), ge, le, at(ctx));
  }


  @Override
  public void enterPl_description(IosXeParser.Pl_descriptionContext ctx) {
    model.prefixListDescription(text(ctx.name), ctx.REST() == null ? "" : ctx.REST().getText().strip(), at(ctx));
  }

  // --- route maps --------------------------------------------------------------------------------

  /** {@code route-map NAME [permit|deny] [SEQ]}: IOS-XE uses permit and 10 when they are left out. */
  @Override
  public void enterS_route_map(IosXeParser.S_route_mapContext ctx) {
    Optional<Long> seq = ctx.seq == null ? Optional.of(10L)
        : values.number(ctx.seq.getText(), 0, 65535, "route-map sequence", line(ctx.seq), column(ctx.seq));
    Action action = ctx.action() == null ? Action.PERMIT : action(ctx.action());
    routeMapEntry = seq.map(s -> model.routeMapEntry(text(ctx.name), s, action, at(ctx))).orElse(null);
  }


  @Override
  public void exitS_route_map(IosXeParser.S_route_mapContext ctx) {
    routeMapEntry = null;
  }

  private static List<String> names(List<IosXeParser.List_nameContext> names) {
    List<String> out = new ArrayList<>();
    names.forEach(n -> out.add(n.getText()));
    return out;
  }

  @Override
  public void enterRm_match_prefix_list(IosXeParser.Rm_match_prefix_listContext ctx) {
    if (routeMapEntry != null) {
      routeMapEntry.match(new RouteMapMatch.PrefixListMatch(names(ctx.list_name()), at(ctx)));
    }
  }




  @Override
  public void enterRm_match_next_hop_prefix_list(IosXeParser.Rm_match_next_hop_prefix_listContext ctx) {
    if (routeMapEntry != null) {
      routeMapEntry.match(new RouteMapMatch.NextHopMatch(null, names(ctx.list_name()), at(ctx)));
    }
  }

  @Override
  public void enterRm_match_as_path(IosXeParser.Rm_match_as_pathContext ctx) {
    if (routeMapEntry != null) {
      routeMapEntry.match(new RouteMapMatch.AsPathMatch(names(ctx.list_name()), at(ctx)));
    }
  }

  @Override
  public void enterRm_match_community(IosXeParser.Rm_match_communityContext ctx) {
    if (routeMapEntry != null) {
      routeMapEntry.match(new RouteMapMatch.CommunityMatch(names(ctx.list_name()), ctx.EXACT_MATCH() != null, at(ctx)));
    }
  }

  @Override
  public void enterRm_set_next_hop(IosXeParser.Rm_set_next_hopContext ctx) {
    if (routeMapEntry == null) {
      return;
    }
    if (ctx.UNCHANGED() != null) {
      routeMapEntry.set(new RouteMapSet.NextHop(RouteMapSet.NextHopKind.UNCHANGED, null, at(ctx)));
    } else if (ctx.PEER_ADDRESS() != null) {
      routeMapEntry.set(new RouteMapSet.NextHop(RouteMapSet.NextHopKind.PEER_ADDRESS, null, at(ctx)));
    } else {
      Token t = ctx.IP_ADDRESS().getSymbol();
      RouteMapEntryDraft entry = routeMapEntry;
      values.address(t.getText(), line(t), column(t)).ifPresent(
          a -> entry.set(new RouteMapSet.NextHop(RouteMapSet.NextHopKind.ADDRESS, a, at(ctx))));
    }
  }

  @Override
  public void enterRm_set_prepend(IosXeParser.Rm_set_prependContext ctx) {
    if (routeMapEntry == null) {
      return;
    }
    if (ctx.LAST_AS() != null) {
      Integer count = optionalInt(ctx.count, 1, 10, "last-as count");
      if (count != null) {
        routeMapEntry.set(new RouteMapSet.AsPathPrepend(List.of(), count, at(ctx)));
      }
      return;
    }
    List<Asn> asns = new ArrayList<>();
    for (IosXeParser.As_numberContext a : ctx.as_number()) {
      Optional<Asn> asn = asn(a);
      if (asn.isEmpty()) {
        return;
      }
      asns.add(asn.get());
    }
    routeMapEntry.set(new RouteMapSet.AsPathPrepend(asns, 0, at(ctx)));
  }




  /** {@code N}, {@code +N} or {@code -N}. */
  private record Adjusted(long value, RouteMapSet.Adjustment adjustment) {}

  private Optional<Adjusted> adjusted(IosXeParser.WordContext ctx, String what) {
    String t = text(ctx);
    RouteMapSet.Adjustment adjustment = t.startsWith("+") ? RouteMapSet.Adjustment.ADD
        : t.startsWith("-") ? RouteMapSet.Adjustment.SUBTRACT : RouteMapSet.Adjustment.SET;
    String digits = adjustment == RouteMapSet.Adjustment.SET ? t : t.substring(1);
    return values.number(digits, 0, 0xFFFF_FFFFL, what, line(ctx), column(ctx.getStart()))
        .map(v -> new Adjusted(v, adjustment));
  }

  @Override
  public void enterRm_set_local_preference(IosXeParser.Rm_set_local_preferenceContext ctx) {
    RouteMapEntryDraft entry = routeMapEntry;
    if (entry != null) {
      adjusted(ctx.value, "local preference").ifPresent(
          v -> entry.set(new RouteMapSet.LocalPreference(v.value(), v.adjustment(), at(ctx))));
    }
  }

  @Override
  public void enterRm_set_metric(IosXeParser.Rm_set_metricContext ctx) {
    RouteMapEntryDraft entry = routeMapEntry;
    if (entry != null) {
      adjusted(ctx.value, "metric").ifPresent(v -> entry.set(new RouteMapSet.Metric(v.value(), v.adjustment(), at(ctx))));
    }
  }

  @Override
  public void enterRm_set_community_none(IosXeParser.Rm_set_community_noneContext ctx) {
    if (routeMapEntry != null) {
      routeMapEntry.set(new RouteMapSet.Communities(List.of(), false, true, at(ctx)));
    }
  }

  @Override
  public void enterRm_set_community(IosXeParser.Rm_set_communityContext ctx) {
    List<Community> communities = new ArrayList<>();
    for (IosXeParser.Community_valueContext v : ctx.community_value()) {
      Optional<Community> c = community(v.getText(), line(v), column(v.getStart()));
      if (c.isEmpty()) {
        return;
      }
      communities.add(c.get());
    }
    if (routeMapEntry != null) {
      routeMapEntry.set(new RouteMapSet.Communities(communities, ctx.ADDITIVE() != null, false, at(ctx)));
    }
  }

  /** A community value; IOS-XE also names no-export-subconfed {@code local-AS}. */
  private Optional<Community> community(String text, int line, int column) {
    return text.equalsIgnoreCase("local-AS") ? Optional.of(Community.NO_EXPORT_SUBCONFED)
        : values.community(text, line, column);
  }

  @Override
  public void enterRm_set_weight(IosXeParser.Rm_set_weightContext ctx) {
    RouteMapEntryDraft entry = routeMapEntry;
    if (entry != null) {
      number(ctx.UINT(), 0, 4294967295L, "weight").ifPresent(w -> entry.set(new RouteMapSet.Weight(w, at(ctx))));
    }
  }

  @Override
  public void enterRm_set_origin(IosXeParser.Rm_set_originContext ctx) {
    try {
      Origin origin = Origin.parse(text(ctx.word()));
      if (routeMapEntry != null) {
        routeMapEntry.set(new RouteMapSet.OriginSet(origin, at(ctx)));
      }
    } catch (IllegalArgumentException e) {
      report.warn(Values.INVALID_VALUE, line(ctx), column(ctx.word().getStart()), "invalid origin: " + e.getMessage()
          + "; the statement is ignored", "write set origin igp, egp or incomplete");
    }
  }







  @Override
  public void enterRm_continue(IosXeParser.Rm_continueContext ctx) {
    RouteMapEntryDraft entry = routeMapEntry;
    if (entry == null) {
      return;
    }
    if (ctx.UINT() == null) {
      entry.onMatch(new OnMatch(0, at(ctx)));
    } else {
      number(ctx.UINT(), 1, 65535, "continue target").ifPresent(n -> entry.onMatch(new OnMatch(n, at(ctx))));
    }
  }




  @Override
  public void enterRm_description(IosXeParser.Rm_descriptionContext ctx) {
    if (routeMapEntry != null && ctx.REST() != null) {
      routeMapEntry.description(ctx.REST().getText().strip());
    }
  }

  // --- AS-path and community lists ---------------------------------------------------------------

  @Override
  public void enterS_as_path_list(IosXeParser.S_as_path_listContext ctx) {
    String regex = ctx.regex() == null ? "" : original(ctx.regex());
    model.asPathEntry(text(ctx.name), null, action(ctx.action()), regex, at(ctx));
  }


  


  @Override
  public void enterS_community_list(IosXeParser.S_community_listContext ctx) {
    Long seq = null;
    String name = text(ctx.name);
    boolean expanded = ctx.EXPANDED() != null || (ctx.kind == null && isNumberIn(name, 100, 500));
    String values = ctx.regex() == null ? "" : original(ctx.regex());
    if (expanded) {
      model.communityEntry(name, CommunityListKind.EXPANDED, seq, action(ctx.action()), List.of(), values, at(ctx));
      return;
    }
    List<Community> communities = new ArrayList<>();
    for (String v : values.isEmpty() ? new String[0] : values.split("\\s+")) {
      if (v.equalsIgnoreCase("internet")) {
        continue; // matches every route
      }
      Optional<Community> c = community(v, line(ctx), column(ctx.regex().getStart()));
      if (c.isEmpty()) {
        return;
      }
      communities.add(c.get());
    }
    model.communityEntry(name, CommunityListKind.STANDARD, seq, action(ctx.action()), communities, "", at(ctx));
  }

  private static boolean isNumberIn(String text, int min, int max) {
    if (text.isEmpty() || text.length() > 4 || !text.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int n = Integer.parseInt(text);
    return n >= min && n <= max;
  }
}
