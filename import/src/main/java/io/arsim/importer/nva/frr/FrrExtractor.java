package io.arsim.importer.nva.frr;

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
import io.arsim.importer.nva.PeerKind;
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

/** Walks an FRR parse tree into the model builder, one statement at a time. */
final class FrrExtractor extends FrrParserBaseListener {
  private static final String IPV4_UNICAST = AddressFamilyActivation.IPV4_UNICAST;

  private final NvaModelBuilder model;
  private final ConfigReport report;
  private final ConfigLines lines;
  private final Values values;
  private @Nullable InterfaceDraft iface;
  private @Nullable String vrf;
  private @Nullable BgpDraft bgp;
  private String addressFamily = IPV4_UNICAST;
  private @Nullable RouteMapEntryDraft routeMapEntry;

  FrrExtractor(NvaModelBuilder model, ConfigLines lines) {
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
    if (t instanceof FrrParser.Bgp_stmtContext stmt && !addressFamily.equals(IPV4_UNICAST)
        && !(stmt instanceof FrrParser.Bs_neighborContext n && n.neighbor_tail() instanceof FrrParser.Nt_activateContext)) {
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

  private static Action action(FrrParser.ActionContext ctx) {
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
  public void enterS_unknown(FrrParser.S_unknownContext ctx) {
    report.notUnderstood(line(ctx), lines.text(line(ctx)));
  }

  @Override
  public void enterInner_unknown(FrrParser.Inner_unknownContext ctx) {
    report.notUnderstood(line(ctx), lines.text(line(ctx)));
  }

  @Override
  public void enterS_ignored(FrrParser.S_ignoredContext ctx) {
    String kind;
    if (ctx.LINE() != null) {
      kind = "line";
    } else {
      FrrParser.Ignored_kindContext k = ctx.ignored_kind();
      kind = k.LOG() != null ? "logging"
          : k.SERVICE() != null ? "service"
          : k.DEBUG() != null ? "debugging"
          : k.AGENTX() != null ? "SNMP"
          : k.FORWARDING() != null ? "forwarding"
          : k.IPV6() != null ? "IPv6 (arsim models IPv4 only)"
          : k.BUILDING() != null || k.CURRENT() != null ? "show running-config header"
          : "password";
    }
    ignored(kind, ctx);
  }

  @Override
  public void enterFrr_version(FrrParser.Frr_versionContext ctx) {
    if (ctx.REST() != null) {
      model.softwareVersion(ctx.REST().getText().strip());
    }
  }

  @Override
  public void enterFrr_defaults(FrrParser.Frr_defaultsContext ctx) {
    model.frrDefaults(text(ctx.word()));
  }

  @Override
  public void enterHostname(FrrParser.HostnameContext ctx) {
    model.hostname(text(ctx.word()));
  }

  // --- interfaces --------------------------------------------------------------------------------

  @Override
  public void enterS_interface(FrrParser.S_interfaceContext ctx) {
    InterfaceDraft draft = model.iface(text(ctx.name), at(ctx));
    if (ctx.vrf != null) {
      draft.vrf(text(ctx.vrf));
    }
    iface = draft;
  }

  @Override
  public void exitS_interface(FrrParser.S_interfaceContext ctx) {
    iface = null;
  }

  @Override
  public void enterIf_ip_address(FrrParser.If_ip_addressContext ctx) {
    Token t = ctx.IP_PREFIX().getSymbol();
    String[] parts = t.getText().split("/", 2);
    Optional<Ipv4Address> address = values.address(parts[0], line(t), column(t));
    Optional<Long> length = values.number(parts[1], 0, 32, "prefix length", line(t), column(t));
    if (address.isPresent() && length.isPresent() && iface != null) {
      iface.address(new InterfaceAddress(address.get(), length.get().intValue(), false));
    }
  }

  @Override
  public void enterIf_description(FrrParser.If_descriptionContext ctx) {
    if (iface != null && ctx.REST() != null) {
      iface.description(ctx.REST().getText().strip());
    }
  }

  @Override
  public void enterIf_shutdown(FrrParser.If_shutdownContext ctx) {
    if (iface != null) {
      iface.shutdown(ctx.NO() == null);
    }
  }

  @Override
  public void enterIf_ipv6(FrrParser.If_ipv6Context ctx) {
    ignored("IPv6 (arsim models IPv4 only)", ctx);
  }

  // --- vrf and static routes ----------------------------------------------------------------------

  @Override
  public void enterS_vrf(FrrParser.S_vrfContext ctx) {
    vrf = text(ctx.name);
  }

  @Override
  public void exitS_vrf(FrrParser.S_vrfContext ctx) {
    vrf = null;
  }

  @Override
  public void enterIp_route(FrrParser.Ip_routeContext ctx) {
    Optional<Ipv4Prefix> prefix;
    FrrParser.Route_destinationContext dest = ctx.route_destination();
    if (dest instanceof FrrParser.Route_prefixContext p) {
      Token t = p.IP_PREFIX().getSymbol();
      prefix = values.prefix(t.getText(), line(t), column(t));
    } else {
      FrrParser.Route_address_maskContext m = (FrrParser.Route_address_maskContext) dest;
      Token t = m.IP_ADDRESS(0).getSymbol();
      prefix = values.addressAndMask(t.getText(), m.IP_ADDRESS(1).getText(), line(t), column(t));
    }
    Ipv4Address nextHop = null;
    String ifname = null;
    FrrParser.Route_next_hopContext nh = ctx.route_next_hop();
    if (nh instanceof FrrParser.Route_gatewayContext g) {
      Optional<Ipv4Address> a = values.address(g.gateway.getText(), line(g.gateway), column(g.gateway));
      if (a.isEmpty()) {
        return;
      }
      nextHop = a.get();
      ifname = g.ifname == null ? null : g.ifname.getText();
    } else if (nh instanceof FrrParser.Route_interfaceContext i) {
      ifname = i.ifname.getText();
    } else {
      ifname = "blackhole";
    }
    Integer distance = null;
    String routeVrf = vrf;
    for (FrrParser.Route_optionContext o : ctx.route_option()) {
      if (o.distance != null) {
        distance = optionalInt(o.distance, 1, 255, "administrative distance");
      } else if (o.VRF() != null) {
        routeVrf = text(o.word());
      }
    }
    if (prefix.isPresent()) {
      model.staticRoute(new StaticRoute(prefix.get(), nextHop, ifname, distance, routeVrf, at(ctx)));
    }
  }

  // --- router bgp ----------------------------------------------------------------------------------

  @Override
  public void enterS_router_bgp(FrrParser.S_router_bgpContext ctx) {
    Optional<Asn> asn = asn(ctx.asn);
    bgp = asn.map(a -> model.bgp(a, ctx.vrf == null ? null : text(ctx.vrf), at(ctx))).orElse(null);
    addressFamily = IPV4_UNICAST;
  }

  @Override
  public void exitS_router_bgp(FrrParser.S_router_bgpContext ctx) {
    bgp = null;
  }

  @Override
  public void enterRb_address_family(FrrParser.Rb_address_familyContext ctx) {
    FrrParser.Af_nameContext af = ctx.af_name();
    addressFamily = af.IPV4() != null ? IPV4_UNICAST : original(af).toLowerCase(Locale.ROOT);
    if (!addressFamily.equals(IPV4_UNICAST)) {
      report.ignored("address-family " + addressFamily, line(ctx), lines.text(line(ctx)));
    }
  }

  @Override
  public void exitRb_address_family(FrrParser.Rb_address_familyContext ctx) {
    if (!addressFamily.equals(IPV4_UNICAST) && ctx.EXIT_ADDRESS_FAMILY() != null) {
      int l = ctx.EXIT_ADDRESS_FAMILY().getSymbol().getLine();
      report.ignored("address-family " + addressFamily, l, lines.text(l));
    }
    addressFamily = IPV4_UNICAST;
  }

  @Override
  public void enterBs_router_id(FrrParser.Bs_router_idContext ctx) {
    Token t = ctx.IP_ADDRESS().getSymbol();
    Optional<Ipv4Address> id = values.address(t.getText(), line(t), column(t));
    if (bgp != null && id.isPresent()) {
      bgp.routerId = id.get();
    }
  }

  @Override
  public void enterBs_no_ebgp_requires_policy(FrrParser.Bs_no_ebgp_requires_policyContext ctx) {
    if (bgp != null) {
      bgp.ebgpRequiresPolicyDisabled = true;
    }
  }

  @Override
  public void enterBs_no_network_import_check(FrrParser.Bs_no_network_import_checkContext ctx) {
    if (bgp != null) {
      bgp.networkImportCheckDisabled = true;
    }
  }

  @Override
  public void enterBs_multipath_relax(FrrParser.Bs_multipath_relaxContext ctx) {
    if (bgp != null) {
      bgp.asPathMultipathRelax = true;
    }
  }

  @Override
  public void enterBs_deterministic_med(FrrParser.Bs_deterministic_medContext ctx) {
    if (bgp != null) {
      bgp.deterministicMed = true;
    }
  }

  @Override
  public void enterBs_always_compare_med(FrrParser.Bs_always_compare_medContext ctx) {
    if (bgp != null) {
      bgp.alwaysCompareMed = true;
    }
  }

  @Override
  public void enterBs_no_default_ipv4_unicast(FrrParser.Bs_no_default_ipv4_unicastContext ctx) {
    if (bgp != null) {
      bgp.defaultIpv4Unicast = false;
    }
  }

  @Override
  public void enterBs_maximum_paths(FrrParser.Bs_maximum_pathsContext ctx) {
    Integer paths = optionalInt(ctx.paths, 1, 128, "maximum-paths");
    if (bgp != null && paths != null) {
      if (ctx.IBGP() != null) {
        bgp.maximumPathsIbgp = paths;
      } else {
        bgp.maximumPathsEbgp = paths;
      }
    }
  }

  @Override
  public void enterBs_network_prefix(FrrParser.Bs_network_prefixContext ctx) {
    Token t = ctx.IP_PREFIX().getSymbol();
    values.prefix(t.getText(), line(t), column(t)).ifPresent(p -> network(p, ctx.network_option(), ctx));
  }

  @Override
  public void enterBs_network_mask(FrrParser.Bs_network_maskContext ctx) {
    Token t = ctx.IP_ADDRESS(0).getSymbol();
    Optional<Ipv4Prefix> prefix;
    if (ctx.mask != null) {
      prefix = values.addressAndMask(t.getText(), ctx.mask.getText(), line(t), column(t));
    } else {
      prefix = values.address(t.getText(), line(t), column(t))
          .flatMap(a -> values.addressAndMask(a.toString(),
              new Ipv4Address(Ipv4Prefix.mask(Values.classfulLength(a))).toString(), line(t), column(t)));
    }
    prefix.ifPresent(p -> network(p, ctx.network_option(), ctx));
  }

  private void network(Ipv4Prefix prefix, List<FrrParser.Network_optionContext> options, ParserRuleContext ctx) {
    String routeMap = null;
    boolean backdoor = false;
    for (FrrParser.Network_optionContext o : options) {
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
  public void enterBs_aggregate(FrrParser.Bs_aggregateContext ctx) {
    Token t = ctx.IP_PREFIX().getSymbol();
    Optional<Ipv4Prefix> prefix = values.prefix(t.getText(), line(t), column(t));
    boolean summaryOnly = false;
    boolean asSet = false;
    String routeMap = null;
    for (FrrParser.Aggregate_optionContext o : ctx.aggregate_option()) {
      summaryOnly |= o.SUMMARY_ONLY() != null;
      asSet |= o.AS_SET() != null;
      if (o.ROUTE_MAP() != null) {
        routeMap = text(o.word());
      }
    }
    if (bgp != null && prefix.isPresent()) {
      bgp.aggregate(new BgpAggregate(prefix.get(), summaryOnly, asSet, routeMap, at(ctx)));
    }
  }

  @Override
  public void enterBs_redistribute(FrrParser.Bs_redistributeContext ctx) {
    String protocol = text(ctx.protocol) + (ctx.instance == null ? "" : " " + ctx.instance.getText());
    Long metric = null;
    String routeMap = null;
    for (FrrParser.Redistribute_optionContext o : ctx.redistribute_option()) {
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
  public void enterBs_ignored(FrrParser.Bs_ignoredContext ctx) {
    ignored(ctx.LOG_NEIGHBOR_CHANGES() != null ? "logging" : "BGP timers and graceful restart", ctx);
  }

  // --- neighbors ---------------------------------------------------------------------------------

  @Override
  public void enterBs_neighbor(FrrParser.Bs_neighborContext ctx) {
    if (bgp == null) {
      return;
    }
    BgpDraft b = bgp;
    String peer = text(ctx.peer);
    SourceLocation at = at(ctx);
    boolean no = ctx.NO() != null;
    FrrParser.Neighbor_tailContext tail = ctx.neighbor_tail();
    if (tail instanceof FrrParser.Nt_activateContext) {
      b.peer(peer, at).activation(new AddressFamilyActivation(addressFamily, !no, at));
      return;
    }
    if (no && !(tail instanceof FrrParser.Nt_send_communityContext) && !(tail instanceof FrrParser.Nt_shutdownContext)) {
      report.notUnderstood(line(ctx), lines.text(line(ctx)));
      return;
    }
    if (tail instanceof FrrParser.Nt_remote_asContext r) {
      remoteAs(r.remote).ifPresent(as -> b.peer(peer, at).remoteAs(as));
    } else if (tail instanceof FrrParser.Nt_interfaceContext i) {
      b.peer(peer, at).kind(PeerKind.INTERFACE);
      if (i.remote != null) {
        remoteAs(i.remote).ifPresent(as -> b.peer(peer, at).remoteAs(as));
      }
    } else if (tail instanceof FrrParser.Nt_peer_groupContext g) {
      if (g.group == null) {
        b.definePeerGroup(peer, at);
      } else {
        b.joinPeerGroup(peer, text(g.group), at, report);
      }
    } else if (tail instanceof FrrParser.Nt_descriptionContext d) {
      b.peer(peer, at).description(d.REST() == null ? "" : d.REST().getText().strip());
    } else if (tail instanceof FrrParser.Nt_update_sourceContext u) {
      b.peer(peer, at).updateSource(text(u.source));
    } else if (tail instanceof FrrParser.Nt_ebgp_multihopContext m) {
      b.peer(peer, at).ebgpMultihop(true, optionalInt(m.ttl, 1, 255, "ebgp-multihop TTL"));
    } else if (tail instanceof FrrParser.Nt_disable_connected_checkContext) {
      b.peer(peer, at).disableConnectedCheck(true);
    } else if (tail instanceof FrrParser.Nt_shutdownContext) {
      b.peer(peer, at).shutdown(!no);
    } else if (tail instanceof FrrParser.Nt_portContext p) {
      b.peer(peer, at).port(optionalInt(p.port, 0, 65535, "port"));
    } else if (tail instanceof FrrParser.Nt_next_hop_selfContext n) {
      b.policy(peer, at, x -> x.nextHopSelf(true).nextHopSelfForce(n.FORCE() != null));
    } else if (tail instanceof FrrParser.Nt_as_overrideContext) {
      b.policy(peer, at, x -> x.asOverride(true));
    } else if (tail instanceof FrrParser.Nt_allowas_inContext a) {
      Integer count = optionalInt(a.count, 1, 10, "allowas-in count");
      b.policy(peer, at, x -> x.allowAsIn(new AllowAsIn(count, a.ORIGIN() != null)));
    } else if (tail instanceof FrrParser.Nt_route_mapContext r) {
      String name = text(r.name);
      boolean in = r.direction().IN() != null;
      b.policy(peer, at, x -> in ? x.routeMapIn(name) : x.routeMapOut(name));
    } else if (tail instanceof FrrParser.Nt_prefix_listContext p) {
      String name = text(p.name);
      boolean in = p.direction().IN() != null;
      b.policy(peer, at, x -> in ? x.prefixListIn(name) : x.prefixListOut(name));
    } else if (tail instanceof FrrParser.Nt_filter_listContext f) {
      String name = text(f.name);
      boolean in = f.direction().IN() != null;
      b.policy(peer, at, x -> in ? x.filterListIn(name) : x.filterListOut(name));
    } else if (tail instanceof FrrParser.Nt_maximum_prefixContext m) {
      Optional<Long> max = number(m.UINT(0), 1, 0xFFFF_FFFFL, "maximum-prefix");
      Integer threshold = optionalInt(m.threshold, 1, 100, "maximum-prefix threshold");
      Integer restart = optionalInt(m.restart, 1, 65535, "maximum-prefix restart interval");
      max.ifPresent(n -> b.policy(peer, at,
          x -> x.maximumPrefix(new MaximumPrefix(n, threshold, m.WARNING_ONLY() != null, restart))));
    } else if (tail instanceof FrrParser.Nt_remove_private_asContext r) {
      String options = ((r.ALL() != null ? "all " : "") + (r.REPLACE_AS() != null ? "replace-as" : "")).strip();
      b.policy(peer, at, x -> x.removePrivateAs(options));
    } else if (tail instanceof FrrParser.Nt_soft_reconfigurationContext) {
      b.policy(peer, at, x -> x.softReconfigurationInbound(true));
    } else if (tail instanceof FrrParser.Nt_send_communityContext s) {
      String option = s.option == null ? "" : text(s.option);
      b.policy(peer, at, x -> no ? x.sendCommunityDisabled(true) : x.sendCommunity(option));
    } else if (tail instanceof FrrParser.Nt_weightContext w) {
      number(w.UINT(), 0, 65535, "weight").ifPresent(v -> b.policy(peer, at, x -> x.weight(v)));
    } else if (tail instanceof FrrParser.Nt_default_originateContext d) {
      String name = d.name == null ? null : text(d.name);
      b.policy(peer, at, x -> x.defaultOriginate(true).defaultOriginateRouteMap(name));
    } else if (tail instanceof FrrParser.Nt_route_reflector_clientContext) {
      b.policy(peer, at, x -> x.routeReflectorClient(true));
    } else if (tail instanceof FrrParser.Nt_ignoredContext) {
      ignored("BGP session options (password, timers, BFD, capabilities)", ctx);
    }
  }

  private Optional<RemoteAs> remoteAs(FrrParser.WordContext ctx) {
    String t = text(ctx);
    switch (t) {
      case "internal":
        return Optional.of(new RemoteAs(RemoteAs.Kind.INTERNAL, null));
      case "external":
        return Optional.of(new RemoteAs(RemoteAs.Kind.EXTERNAL, null));
      case "auto":
        return Optional.of(new RemoteAs(RemoteAs.Kind.AUTO, null));
      default:
        return asn(ctx).map(RemoteAs::of);
    }
  }

  // --- prefix lists ------------------------------------------------------------------------------

  @Override
  public void enterPl_entry(FrrParser.Pl_entryContext ctx) {
    Long seq = ctx.seq == null ? null
        : values.number(ctx.seq.getText(), 1, 0xFFFF_FFFEL, "sequence number", line(ctx.seq), column(ctx.seq)).orElse(null);
    if (ctx.seq != null && seq == null) {
      return;
    }
    Token target = ctx.prefix_list_target().getStart();
    Optional<Ipv4Prefix> prefix = ctx.prefix_list_target().ANY() != null ? Optional.of(Ipv4Prefix.DEFAULT_ROUTE)
        : values.prefix(target.getText(), line(target), column(target));
    Integer ge = null;
    Integer le = ctx.prefix_list_target().ANY() != null ? 32 : null;
    for (FrrParser.Prefix_list_boundContext b : ctx.prefix_list_bound()) {
      Integer v = optionalInt(b.UINT().getSymbol(), 0, 32, "prefix length bound");
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
    // FRR accepts len <= ge <= le (lib/filter_nb.c); bgp-reference.md.
    if ((ge != null && ge < len) || (le != null && le < len) || (ge != null && le != null && ge > le)) {
      report.warn(Values.INVALID_VALUE, line(ctx), column(target), "prefix list " + text(ctx.name) + ": the bounds of "
              + prefix.get() + (ge != null ? " ge " + ge : "") + (le != null ? " le " + le : "")
              + " are invalid; FRR requires length <= ge <= le and rejects the line",
          "choose bounds with " + len + " <= ge <= le <= 32");
      return;
    }
    model.prefixListEntry(text(ctx.name), seq, action(ctx.action()), prefix.get(), ge, le, at(ctx));
  }

  @Override
  public void enterPl_description(FrrParser.Pl_descriptionContext ctx) {
    model.prefixListDescription(text(ctx.name), ctx.REST() == null ? "" : ctx.REST().getText().strip(), at(ctx));
  }

  // --- route maps --------------------------------------------------------------------------------

  @Override
  public void enterS_route_map(FrrParser.S_route_mapContext ctx) {
    Optional<Long> seq = values.number(ctx.seq.getText(), 1, 65535, "route-map order", line(ctx.seq), column(ctx.seq));
    routeMapEntry = seq.map(s -> model.routeMapEntry(text(ctx.name), s, action(ctx.action()), at(ctx))).orElse(null);
  }

  @Override
  public void exitS_route_map(FrrParser.S_route_mapContext ctx) {
    routeMapEntry = null;
  }

  private static List<String> names(List<FrrParser.List_nameContext> names) {
    List<String> out = new ArrayList<>();
    names.forEach(n -> out.add(n.getText()));
    return out;
  }

  @Override
  public void enterRm_match_prefix_list(FrrParser.Rm_match_prefix_listContext ctx) {
    if (routeMapEntry != null) {
      routeMapEntry.match(new RouteMapMatch.PrefixListMatch(names(ctx.list_name()), at(ctx)));
    }
  }

  @Override
  public void enterRm_match_next_hop_address(FrrParser.Rm_match_next_hop_addressContext ctx) {
    Token t = ctx.IP_ADDRESS().getSymbol();
    Optional<Ipv4Address> a = values.address(t.getText(), line(t), column(t));
    if (routeMapEntry != null && a.isPresent()) {
      routeMapEntry.match(new RouteMapMatch.NextHopMatch(a.get(), List.of(), at(ctx)));
    }
  }

  @Override
  public void enterRm_match_next_hop_prefix_list(FrrParser.Rm_match_next_hop_prefix_listContext ctx) {
    if (routeMapEntry != null) {
      routeMapEntry.match(new RouteMapMatch.NextHopMatch(null, names(ctx.list_name()), at(ctx)));
    }
  }

  @Override
  public void enterRm_match_as_path(FrrParser.Rm_match_as_pathContext ctx) {
    if (routeMapEntry != null) {
      routeMapEntry.match(new RouteMapMatch.AsPathMatch(names(ctx.list_name()), at(ctx)));
    }
  }

  @Override
  public void enterRm_match_community(FrrParser.Rm_match_communityContext ctx) {
    if (routeMapEntry != null) {
      routeMapEntry.match(new RouteMapMatch.CommunityMatch(names(ctx.list_name()), ctx.EXACT_MATCH() != null, at(ctx)));
    }
  }

  @Override
  public void enterRm_set_next_hop(FrrParser.Rm_set_next_hopContext ctx) {
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
  public void enterRm_set_prepend(FrrParser.Rm_set_prependContext ctx) {
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
    for (FrrParser.As_numberContext a : ctx.as_number()) {
      Optional<Asn> asn = asn(a);
      if (asn.isEmpty()) {
        return;
      }
      asns.add(asn.get());
    }
    routeMapEntry.set(new RouteMapSet.AsPathPrepend(asns, 0, at(ctx)));
  }

  @Override
  public void enterRm_set_replace(FrrParser.Rm_set_replaceContext ctx) {
    if (routeMapEntry == null) {
      return;
    }
    Asn match = null;
    if (ctx.match != null) {
      Optional<Asn> m = asn(ctx.match);
      if (m.isEmpty()) {
        return;
      }
      match = m.get();
    }
    Asn replacement = null;
    if (ctx.replacement != null) {
      Optional<Asn> r = asn(ctx.replacement);
      if (r.isEmpty()) {
        return;
      }
      replacement = r.get();
    }
    routeMapEntry.set(new RouteMapSet.AsPathReplace(match, replacement, at(ctx)));
  }

  /** {@code N}, {@code +N} or {@code -N}. */
  private record Adjusted(long value, RouteMapSet.Adjustment adjustment) {}

  private Optional<Adjusted> adjusted(FrrParser.WordContext ctx, String what) {
    String t = text(ctx);
    RouteMapSet.Adjustment adjustment = t.startsWith("+") ? RouteMapSet.Adjustment.ADD
        : t.startsWith("-") ? RouteMapSet.Adjustment.SUBTRACT : RouteMapSet.Adjustment.SET;
    String digits = adjustment == RouteMapSet.Adjustment.SET ? t : t.substring(1);
    return values.number(digits, 0, 0xFFFF_FFFFL, what, line(ctx), column(ctx.getStart()))
        .map(v -> new Adjusted(v, adjustment));
  }

  @Override
  public void enterRm_set_local_preference(FrrParser.Rm_set_local_preferenceContext ctx) {
    RouteMapEntryDraft entry = routeMapEntry;
    if (entry != null) {
      adjusted(ctx.value, "local preference").ifPresent(
          v -> entry.set(new RouteMapSet.LocalPreference(v.value(), v.adjustment(), at(ctx))));
    }
  }

  @Override
  public void enterRm_set_metric(FrrParser.Rm_set_metricContext ctx) {
    RouteMapEntryDraft entry = routeMapEntry;
    if (entry != null) {
      adjusted(ctx.value, "metric").ifPresent(v -> entry.set(new RouteMapSet.Metric(v.value(), v.adjustment(), at(ctx))));
    }
  }

  @Override
  public void enterRm_set_community_none(FrrParser.Rm_set_community_noneContext ctx) {
    if (routeMapEntry != null) {
      routeMapEntry.set(new RouteMapSet.Communities(List.of(), false, true, at(ctx)));
    }
  }

  @Override
  public void enterRm_set_community(FrrParser.Rm_set_communityContext ctx) {
    List<Community> communities = new ArrayList<>();
    for (FrrParser.Community_valueContext v : ctx.community_value()) {
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

  /** A community value; FRR also names no-export-subconfed {@code local-AS}. */
  private Optional<Community> community(String text, int line, int column) {
    return text.equalsIgnoreCase("local-AS") ? Optional.of(Community.NO_EXPORT_SUBCONFED)
        : values.community(text, line, column);
  }

  @Override
  public void enterRm_set_weight(FrrParser.Rm_set_weightContext ctx) {
    RouteMapEntryDraft entry = routeMapEntry;
    if (entry != null) {
      number(ctx.UINT(), 0, 4294967295L, "weight").ifPresent(w -> entry.set(new RouteMapSet.Weight(w, at(ctx))));
    }
  }

  @Override
  public void enterRm_set_origin(FrrParser.Rm_set_originContext ctx) {
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
  public void enterRm_on_match_next(FrrParser.Rm_on_match_nextContext ctx) {
    if (routeMapEntry != null) {
      routeMapEntry.onMatch(new OnMatch(0, at(ctx)));
    }
  }

  @Override
  public void enterRm_on_match_goto(FrrParser.Rm_on_match_gotoContext ctx) {
    RouteMapEntryDraft entry = routeMapEntry;
    if (entry != null) {
      number(ctx.UINT(), 1, 65535, "goto target").ifPresent(n -> entry.onMatch(new OnMatch(n, at(ctx))));
    }
  }

  @Override
  public void enterRm_continue(FrrParser.Rm_continueContext ctx) {
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
  public void enterRm_call(FrrParser.Rm_callContext ctx) {
    if (routeMapEntry != null) {
      routeMapEntry.call(text(ctx.word()));
    }
  }

  @Override
  public void enterRm_description(FrrParser.Rm_descriptionContext ctx) {
    if (routeMapEntry != null && ctx.REST() != null) {
      routeMapEntry.description(ctx.REST().getText().strip());
    }
  }

  // --- AS-path and community lists ---------------------------------------------------------------

  @Override
  public void enterS_as_path_list(FrrParser.S_as_path_listContext ctx) {
    Long seq = sequence(ctx.seq);
    if (ctx.seq != null && seq == null) {
      return;
    }
    String regex = ctx.regex() == null ? "" : original(ctx.regex());
    model.asPathEntry(text(ctx.name), seq, action(ctx.action()), regex, at(ctx));
  }

  private @Nullable Long sequence(@Nullable Token seq) {
    return seq == null ? null
        : values.number(seq.getText(), 0, 0xFFFF_FFFFL, "sequence number", line(seq), column(seq)).orElse(null);
  }

  @Override
  public void enterS_community_list(FrrParser.S_community_listContext ctx) {
    Long seq = sequence(ctx.seq);
    if (ctx.seq != null && seq == null) {
      return;
    }
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
