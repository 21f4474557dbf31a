package io.arsim.serve.session;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.bgp.PathAttributes;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.serve.codec.AttributeError;
import io.arsim.serve.codec.BgpDecodeException;
import io.arsim.serve.codec.BgpMessage;
import io.arsim.serve.codec.BgpMessageReader;
import io.arsim.serve.codec.BgpMessageWriter;
import io.arsim.serve.codec.Capability;
import io.arsim.serve.codec.DecodedMessage;
import io.arsim.serve.codec.KeepaliveMessage;
import io.arsim.serve.codec.Negotiated;
import io.arsim.serve.codec.NotificationMessage;
import io.arsim.serve.codec.Octets;
import io.arsim.serve.codec.OpenMessage;
import io.arsim.serve.codec.PathAttribute;
import io.arsim.serve.codec.RouteAttributes;
import io.arsim.serve.codec.RouteRefreshMessage;
import io.arsim.serve.codec.UpdateMessage;
import io.arsim.serve.codec.UpdatePacker;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderException;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.ScheduledFuture;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One BGP connection of a route-server instance: the RFC 4271 section 8 state machine of a
 * passive speaker, as a Netty handler placed after a {@code BgpFrameDecoder}.
 *
 * <p><b>Passive.</b> The emulator never connects out (RFC 4271 8.1.1, PassiveTcpEstablishment):
 * it waits in Active. When a peer connects, the remote address must be a configured peer's, or the
 * connection is closed at once without a NOTIFICATION, as FRR and GoBGP close connections from
 * unconfigured neighbours (docs/serve.md); a peer in its route-limit hold-down is closed the same way. An
 * accepted connection sends its OPEN right away (OpenSent, hold timer 4 minutes as section 8
 * suggests).
 *
 * <p><b>OPEN checks</b> (section 6.2), each answered with the NOTIFICATION named: version not 4 -
 * Unsupported Version Number (data: 4); AS (the 4-octet capability's when present, RFC 6793) not
 * the configured one - Bad Peer AS; BGP identifier 0, or equal to ours from an internal peer
 * (RFC 6286) - Bad BGP Identifier; hold time 1 or 2 - Unacceptable Hold Time; multiprotocol
 * capabilities without IPv4 unicast - Unsupported Capability. Then KEEPALIVE, OpenConfirm, and
 * Established on the peer's KEEPALIVE.
 *
 * <p><b>Timers.</b> The hold time is the lower of the two proposed; 0 turns both timers off. The
 * keepalive interval is a third of it (60 s for Azure's 180 s). Any message received restarts
 * the hold timer; when it expires the session sends Hold Timer Expired.
 *
 * <p><b>Errors.</b> A message the codec cannot accept sends the NOTIFICATION it carries
 * ({@link BgpDecodeException}); a message the state does not expect sends Finite State Machine
 * Error with the RFC 6608 subcode; RFC 7606 attribute errors arrive as treat-as-withdraw or
 * discarded attributes and keep the session. Only this connection is affected.
 *
 * <p><b>Route limit.</b> An UPDATE that passes the instance's {@link RouteLimit} is not applied:
 * the session sends Cease / Maximum Number of Prefixes Reached (RFC 4486, data AFI 1, SAFI 1 and
 * the limit), and the speaker refuses the peer for the route-limit idle time, after which the
 * peer's own connect-retry brings the session back, so a peer that keeps sending too many routes
 * flaps as Azure's do.
 *
 * <p><b>Outbound.</b> The session keeps what it sent (its Adj-RIB-Out) to answer ROUTE-REFRESH
 * (RFC 2918) and to skip withdrawals of prefixes never sent.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class BgpSession extends ChannelInboundHandlerAdapter implements PeerHandle {

  private static final Logger LOG = LoggerFactory.getLogger(BgpSession.class);

  /** The hold timer while waiting for the peer's OPEN (RFC 4271 section 8: 4 minutes suggested). */
  static final int OPEN_SENT_HOLD_TIME = 240;

  private final Speaker speaker;
  private @Nullable ChannelHandlerContext ctx;
  private @Nullable PeerConfig peer;
  private volatile SessionState state = SessionState.ACTIVE;
  private Negotiated negotiated = Negotiated.TWO_OCTET_EXTERNAL;
  private int holdTime;
  private @Nullable ScheduledFuture<?> holdTimer;
  private @Nullable ScheduledFuture<?> keepaliveTimer;
  private boolean ended;
  private final Set<Ipv4Prefix> adjRibIn = new HashSet<>();
  private final Map<Ipv4Prefix, Outbound> adjRibOut = new LinkedHashMap<>();

  BgpSession(Speaker speaker) {
    this.speaker = speaker;
  }

  /** The session's state. */
  public SessionState state() {
    return state;
  }

  /** The hold time agreed with the peer in seconds, 0 before OpenConfirm. */
  public int negotiatedHoldTime() {
    return holdTime;
  }

  /** How many prefixes the peer announced and has not withdrawn. */
  public int routesReceived() {
    return adjRibIn.size();
  }

  @Override
  public InstanceConfig instance() {
    return speaker.config();
  }

  @Override
  public PeerConfig peer() {
    PeerConfig p = peer;
    if (p == null) {
      throw new IllegalStateException("the session has no peer before its connection is accepted");
    }
    return p;
  }

  // ---- connection ----

  @Override
  public void channelActive(ChannelHandlerContext context) {
    this.ctx = context;
    Optional<Ipv4Address> remote = ipv4(context.channel().remoteAddress());
    Optional<PeerConfig> configured = remote.flatMap(speaker.config()::peerAt);
    if (configured.isEmpty()) {
      refuse(context, remote.orElse(new Ipv4Address(0)), "no peer is configured at this address");
      return;
    }
    Speaker.Admission admission = speaker.admit(configured.get(), this);
    if (!admission.accepted()) {
      refuse(context, configured.get().address(), admission.reason());
      return;
    }
    this.peer = configured.get();
    BgpSession replaced = admission.replaced();
    if (replaced != null) {
      replaced.endOnLoop(NotificationMessage.of(NotificationMessage.CEASE,
          NotificationMessage.CONNECTION_COLLISION_RESOLUTION), "the peer opened a new connection");
    }
    send(OpenMessage.of(speaker.config().asn(), speaker.config().holdTime(), speaker.config().routerAddress()));
    context.flush();
    moveTo(SessionState.OPEN_SENT, "connection accepted, OPEN sent");
    restartHoldTimer(OPEN_SENT_HOLD_TIME);
  }

  /**
   * Refuses a connection with Cease / Connection Rejected, as RFC 4486 section 4 says a speaker
   * should when it disallows a connection it accepted (the peer is not configured, or is held down).
   */
  private void refuse(ChannelHandlerContext context, Ipv4Address address, String reason) {
    LOG.info("{}: refused a connection from {}: {}", speaker.config().name(), address, reason);
    speaker.emit(new SessionEvent.ConnectionRefused(speaker.clock().instant(), speaker.config().name(), address,
        reason));
    ended = true;
    state = SessionState.IDLE;
    ByteBuf out = context.alloc().buffer();
    BgpMessageWriter.write(NotificationMessage.of(NotificationMessage.CEASE, NotificationMessage.CONNECTION_REJECTED),
        negotiated, out);
    context.writeAndFlush(out).addListener(ChannelFutureListener.CLOSE);
  }

  private static Optional<Ipv4Address> ipv4(@Nullable SocketAddress address) {
    if (address instanceof InetSocketAddress inet && inet.getAddress() instanceof Inet4Address v4) {
      byte[] b = v4.getAddress();
      return Optional.of(Ipv4Address.of(b[0] & 0xFF, b[1] & 0xFF, b[2] & 0xFF, b[3] & 0xFF));
    }
    return Optional.empty();
  }

  @Override
  public void channelInactive(ChannelHandlerContext context) {
    end(new DownReason.ConnectionClosed("the peer closed the connection"));
    context.fireChannelInactive();
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
    Throwable error = cause instanceof DecoderException && cause.getCause() != null ? cause.getCause() : cause;
    if (error instanceof BgpDecodeException decode) {
      fail(decode.notification(), decode.getMessage());
    } else if (error instanceof IOException) {
      end(new DownReason.ConnectionClosed(String.valueOf(error.getMessage())));
    } else {
      LOG.error("{}: internal error in the session with {}", speaker.config().name(), peer, error);
      fail(NotificationMessage.of(NotificationMessage.CEASE, NotificationMessage.UNSPECIFIC),
          "internal error: " + error);
    }
  }

  // ---- inbound ----

  @Override
  public void channelRead(ChannelHandlerContext context, Object msg) {
    try {
      if (ended || !(msg instanceof ByteBuf frame)) {
        return;
      }
      DecodedMessage decoded;
      try {
        decoded = BgpMessageReader.read(frame, negotiated);
      } catch (BgpDecodeException e) {
        fail(e.notification(), e.getMessage());
        return;
      }
      try {
        receive(decoded);
      } catch (RuntimeException e) {
        LOG.error("{}: the backend failed on a message from {}", speaker.config().name(), peer, e);
        fail(NotificationMessage.of(NotificationMessage.CEASE, NotificationMessage.UNSPECIFIC),
            "internal error: " + e);
      }
    } finally {
      ReferenceCountUtil.release(msg);
    }
  }

  private void receive(DecodedMessage decoded) {
    BgpMessage message = decoded.message();
    if (message instanceof NotificationMessage notification) {
      end(new DownReason.NotificationReceived(notification));
      close();
      return;
    }
    switch (state) {
      case OPEN_SENT:
        if (message instanceof OpenMessage open) {
          receiveOpen(open);
        } else {
          unexpected(message, NotificationMessage.UNEXPECTED_MESSAGE_IN_OPEN_SENT);
        }
        break;
      case OPEN_CONFIRM:
        if (message instanceof KeepaliveMessage) {
          restartHoldTimer(holdTime);
          moveTo(SessionState.ESTABLISHED, "KEEPALIVE received");
          speaker.backend().peerUp(this);
        } else {
          unexpected(message, NotificationMessage.UNEXPECTED_MESSAGE_IN_OPEN_CONFIRM);
        }
        break;
      case ESTABLISHED:
        if (message instanceof KeepaliveMessage) {
          restartHoldTimer(holdTime);
        } else if (message instanceof UpdateMessage update) {
          restartHoldTimer(holdTime);
          receiveUpdate(update, decoded.attributeErrors(), decoded.treatAsWithdraw());
        } else if (message instanceof RouteRefreshMessage refresh) {
          restartHoldTimer(holdTime);
          receiveRouteRefresh(refresh);
        } else {
          unexpected(message, NotificationMessage.UNEXPECTED_MESSAGE_IN_ESTABLISHED);
        }
        break;
      default:
        break; // Idle or Active: the connection is closing
    }
  }

  private void unexpected(BgpMessage message, int subcode) {
    fail(NotificationMessage.of(NotificationMessage.FSM_ERROR, subcode),
        BgpMessage.typeName(message.type()) + " is not expected in state " + state.rfcName());
  }

  private void receiveOpen(OpenMessage open) {
    InstanceConfig config = speaker.config();
    PeerConfig p = peer();
    if (open.version() != OpenMessage.VERSION) {
      fail(new NotificationMessage(NotificationMessage.OPEN_MESSAGE_ERROR,
              NotificationMessage.UNSUPPORTED_VERSION_NUMBER, Octets.of((byte) 0, (byte) OpenMessage.VERSION)),
          "the peer speaks BGP version " + open.version() + "; this speaker speaks version 4");
      return;
    }
    if (!open.asn().equals(p.asn())) {
      fail(NotificationMessage.of(NotificationMessage.OPEN_MESSAGE_ERROR, NotificationMessage.BAD_PEER_AS),
          "the peer announced AS " + open.asn() + " but AS " + p.asn() + " is configured for it");
      return;
    }
    boolean external = !p.asn().equals(config.asn());
    if (open.bgpIdentifier().bits() == 0 || (!external && open.bgpIdentifier().equals(config.routerAddress()))) {
      fail(NotificationMessage.of(NotificationMessage.OPEN_MESSAGE_ERROR, NotificationMessage.BAD_BGP_IDENTIFIER),
          "BGP identifier " + open.bgpIdentifier() + " is not acceptable");
      return;
    }
    if (open.holdTime() == 1 || open.holdTime() == 2) {
      fail(NotificationMessage.of(NotificationMessage.OPEN_MESSAGE_ERROR, NotificationMessage.UNACCEPTABLE_HOLD_TIME),
          "hold time " + open.holdTime() + " s; it must be 0 or at least 3 s");
      return;
    }
    if (!open.supportsIpv4Unicast()) {
      fail(new NotificationMessage(NotificationMessage.OPEN_MESSAGE_ERROR, NotificationMessage.UNSUPPORTED_CAPABILITY,
              Octets.of((byte) Capability.MULTIPROTOCOL, (byte) 4, (byte) 0, (byte) 1, (byte) 0, (byte) 1)),
          "the peer does not route IPv4 unicast, the only family this speaker routes");
      return;
    }
    negotiated = new Negotiated(open.fourOctetAs().isPresent(), external);
    holdTime = Math.min(config.holdTime(), open.holdTime());
    send(KeepaliveMessage.INSTANCE);
    flush();
    moveTo(SessionState.OPEN_CONFIRM, "OPEN accepted (" + open + "), hold time " + holdTime + " s");
    restartHoldTimer(holdTime);
    startKeepalives();
  }

  private void receiveUpdate(UpdateMessage update, List<AttributeError> errors, boolean treatAsWithdraw) {
    PeerConfig p = peer();
    List<Ipv4Prefix> withdrawn = new ArrayList<>(update.withdrawn());
    List<BgpRoute> announced = new ArrayList<>();
    List<PathAttribute> passOn = List.of();
    if (treatAsWithdraw) {
      withdrawn.addAll(update.nlri());
    } else if (!update.nlri().isEmpty()) {
      PathAttributes attributes = PathAttributes.intern(RouteAttributes.toPathAttributes(update).orElseThrow());
      for (Ipv4Prefix prefix : update.nlri()) {
        announced.add(new BgpRoute(prefix, p.name(), attributes));
      }
      passOn = RouteAttributes.passOn(update);
    }
    // Applied in place: an UPDATE over the limit ends the session, which forgets the routes anyway.
    long before = adjRibIn.size();
    for (Ipv4Prefix prefix : withdrawn) {
      adjRibIn.remove(prefix);
    }
    for (BgpRoute route : announced) {
      adjRibIn.add(route.prefix());
    }
    RouteLimit limit = speaker.config().routeLimit();
    if (limit.exceeded(before, adjRibIn.size(), announced.size())) {
      speaker.holdDown(p);
      fail(NotificationMessage.maximumPrefixes(limit.maximum()), "the peer passed the route limit of "
          + limit.maximum() + " (held " + before + ", after this UPDATE " + adjRibIn.size() + ", announced "
          + announced.size() + "); refused for " + speaker.config().routeLimitIdleTime().toSeconds() + " s");
      return;
    }
    List<String> problems = new ArrayList<>();
    for (AttributeError error : errors) {
      problems.add(error.toString());
      LOG.warn("{}: UPDATE from {}: {}", speaker.config().name(), p.name(), error);
    }
    speaker.emit(new SessionEvent.UpdateReceived(speaker.clock().instant(), speaker.config().name(), p.name(),
        announced.size(), withdrawn.size(), problems));
    if (!announced.isEmpty() || !withdrawn.isEmpty()) {
      speaker.backend().routesReceived(this, new PeerUpdate(announced, withdrawn, passOn, errors));
    }
  }

  private void receiveRouteRefresh(RouteRefreshMessage refresh) {
    if (refresh.afi() != 1 || refresh.safi() != 1 || refresh.subtype() != 0) {
      return; // RFC 2918 section 4: a family not advertised is ignored; RFC 7313 markers need nothing
    }
    Map<Ipv4Prefix, Outbound> all = new LinkedHashMap<>(adjRibOut);
    sendAnnouncements(all);
  }

  // ---- outbound (PeerHandle) ----

  @Override
  public void announce(Collection<BgpRoute> routes, List<PathAttribute> passOn) {
    List<BgpRoute> copy = List.copyOf(routes);
    List<PathAttribute> extra = List.copyOf(passOn);
    onLoop(() -> {
      if (state != SessionState.ESTABLISHED) {
        return;
      }
      Map<Ipv4Prefix, Outbound> changes = new LinkedHashMap<>();
      for (BgpRoute route : copy) {
        Outbound outbound = new Outbound(route.attributes(), extra);
        changes.put(route.prefix(), outbound);
        adjRibOut.put(route.prefix(), outbound);
      }
      sendAnnouncements(changes);
    });
  }

  @Override
  public void withdraw(Collection<Ipv4Prefix> prefixes) {
    List<Ipv4Prefix> copy = List.copyOf(prefixes);
    onLoop(() -> {
      if (state != SessionState.ESTABLISHED) {
        return;
      }
      List<Ipv4Prefix> sent = new ArrayList<>();
      for (Ipv4Prefix prefix : copy) {
        if (adjRibOut.remove(prefix) != null) {
          sent.add(prefix);
        }
      }
      if (sent.isEmpty()) {
        return;
      }
      List<UpdateMessage> updates = UpdatePacker.withdrawals(sent);
      for (UpdateMessage update : updates) {
        send(update);
      }
      flush();
      speaker.emit(new SessionEvent.UpdateSent(speaker.clock().instant(), speaker.config().name(), peer().name(),
          0, sent.size(), updates.size()));
    });
  }

  /** Sends {@code routes}, those with equal attributes together, groups in order of first appearance. */
  private void sendAnnouncements(Map<Ipv4Prefix, Outbound> routes) {
    if (routes.isEmpty()) {
      return;
    }
    Map<Outbound, List<Ipv4Prefix>> groups = new LinkedHashMap<>();
    for (Map.Entry<Ipv4Prefix, Outbound> entry : routes.entrySet()) {
      groups.computeIfAbsent(entry.getValue(), k -> new ArrayList<>()).add(entry.getKey());
    }
    int messages = 0;
    int announced = 0;
    for (Map.Entry<Outbound, List<Ipv4Prefix>> group : groups.entrySet()) {
      List<PathAttribute> wire = RouteAttributes.toWire(group.getKey().attributes(), group.getKey().passOn(),
          negotiated);
      List<UpdateMessage> updates;
      try {
        updates = UpdatePacker.announcements(wire, group.getValue(), negotiated);
      } catch (IllegalArgumentException e) {
        LOG.error("{}: cannot send {} routes to {}: {}", speaker.config().name(), group.getValue().size(),
            peer().name(), e.getMessage());
        continue;
      }
      for (UpdateMessage update : updates) {
        send(update);
      }
      messages += updates.size();
      announced += group.getValue().size();
    }
    flush();
    speaker.emit(new SessionEvent.UpdateSent(speaker.clock().instant(), speaker.config().name(), peer().name(),
        announced, 0, messages));
  }

  /**
   * Ends the session with Cease / Administrative Shutdown and {@code communication}
   * (RFC 8203/9003); the future completes when the connection is closed.
   */
  public Future<?> shutdown(String communication) {
    ChannelHandlerContext context = Objects.requireNonNull(ctx, "the session has no connection yet");
    context.executor().execute(() -> fail(
        NotificationMessage.cease(NotificationMessage.ADMINISTRATIVE_SHUTDOWN, communication),
        "administrative shutdown"));
    return context.channel().closeFuture();
  }

  private void endOnLoop(NotificationMessage notification, String problem) {
    onLoop(() -> fail(notification, problem));
  }

  private void onLoop(Runnable task) {
    ChannelHandlerContext context = ctx;
    if (context == null) {
      return;
    }
    if (context.executor().inEventLoop()) {
      task.run();
    } else {
      context.executor().execute(task);
    }
  }

  // ---- timers ----

  private void restartHoldTimer(int seconds) {
    cancel(holdTimer);
    holdTimer = null;
    if (seconds > 0 && ctx != null) {
      holdTimer = ctx.executor().schedule(this::holdTimerExpired, seconds, TimeUnit.SECONDS);
    }
  }

  private void holdTimerExpired() {
    fail(NotificationMessage.of(NotificationMessage.HOLD_TIMER_EXPIRED, NotificationMessage.UNSPECIFIC),
        "nothing received for " + (state == SessionState.OPEN_SENT ? OPEN_SENT_HOLD_TIME : holdTime) + " s");
  }

  private void startKeepalives() {
    cancel(keepaliveTimer);
    keepaliveTimer = null;
    int interval = holdTime / 3;
    if (holdTime > 0 && ctx != null) {
      keepaliveTimer = ctx.executor().scheduleAtFixedRate(() -> {
        send(KeepaliveMessage.INSTANCE);
        flush();
      }, interval, interval, TimeUnit.SECONDS);
    }
  }

  private static void cancel(@Nullable ScheduledFuture<?> timer) {
    if (timer != null) {
      timer.cancel(false);
    }
  }

  // ---- ending ----

  /** Sends {@code notification}, closes the connection and reports the session down. */
  private void fail(NotificationMessage notification, String problem) {
    if (ended) {
      return;
    }
    LOG.info("{}: session with {} reset: {} ({})", speaker.config().name(), peer, notification.describe(), problem);
    ChannelHandlerContext context = ctx;
    if (context != null && context.channel().isActive()) {
      ByteBuf out = context.alloc().buffer();
      BgpMessageWriter.write(notification, negotiated, out);
      end(new DownReason.NotificationSent(notification, problem));
      context.writeAndFlush(out).addListener(ChannelFutureListener.CLOSE);
    } else {
      end(new DownReason.NotificationSent(notification, problem));
      close();
    }
  }

  private void end(DownReason reason) {
    if (ended) {
      return;
    }
    ended = true;
    cancel(holdTimer);
    cancel(keepaliveTimer);
    SessionState was = state;
    PeerConfig p = peer;
    if (p == null) {
      state = SessionState.IDLE;
      return;
    }
    speaker.release(p, this);
    moveTo(SessionState.IDLE, reason.describe());
    adjRibOut.clear();
    adjRibIn.clear();
    if (was == SessionState.ESTABLISHED) {
      try {
        speaker.backend().peerDown(this, reason);
      } catch (RuntimeException e) {
        LOG.error("{}: the backend failed on peer {} going down", speaker.config().name(), p.name(), e);
      }
    }
  }

  private void close() {
    ChannelHandlerContext context = ctx;
    if (context != null) {
      context.close();
    }
  }

  private void moveTo(SessionState next, String reason) {
    SessionState from = state;
    state = next;
    PeerConfig p = peer;
    if (p != null && from != next) {
      LOG.info("{}: peer {} {} -> {}: {}", speaker.config().name(), p.name(), from.rfcName(), next.rfcName(), reason);
      speaker.emit(new SessionEvent.StateChanged(speaker.clock().instant(), speaker.config().name(), p.name(), from,
          next, reason));
    }
  }

  private void send(BgpMessage message) {
    ChannelHandlerContext context = ctx;
    if (context == null || ended) {
      return;
    }
    ByteBuf out = context.alloc().buffer();
    BgpMessageWriter.write(message, negotiated, out);
    context.write(out);
  }

  private void flush() {
    ChannelHandlerContext context = ctx;
    if (context != null) {
      context.flush();
    }
  }

  /** What was sent for one prefix. */
  private record Outbound(PathAttributes attributes, List<PathAttribute> passOn) {}
}
