package io.arsim.serve.server;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.serve.codec.BgpFrameDecoder;
import io.arsim.serve.session.InstanceConfig;
import io.arsim.serve.session.Speaker;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens for BGP connections: one TCP listening socket per route-server instance, on the
 * instance's listen address and port, each accepted connection getting a {@link BgpFrameDecoder} and a
 * session of that instance's {@link Speaker}. A session's failure, whatever the peer sent, closes
 * that connection only.
 *
 * <p>Port 179, BGP's own, and every other port below 1024 need root or
 * {@code CAP_NET_BIND_SERVICE} on Linux, so the server refuses them unless the caller allows
 * privileged ports; port 0 picks a free port ({@link #boundAddresses()} tells which).
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class BgpServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(BgpServer.class);

  private final List<Speaker> speakers;
  private final EventLoopGroup acceptors;
  private final EventLoopGroup workers;
  private final Map<String, Channel> listeners;

  private BgpServer(List<Speaker> speakers, EventLoopGroup acceptors, EventLoopGroup workers,
      Map<String, Channel> listeners) {
    this.speakers = speakers;
    this.acceptors = acceptors;
    this.workers = workers;
    this.listeners = listeners;
  }

  /**
   * Binds one listening socket per speaker and returns once all listen.
   *
   * @param speakers the instances; their names must differ
   * @param allowPrivilegedPorts whether ports below 1024 (179 among them) may be used
   * @param workerThreads event-loop threads for the sessions, at least 1
   * @throws ServeException naming the instance, address and port when one cannot be bound; then
   *     none stays bound
   */
  public static BgpServer start(List<Speaker> speakers, boolean allowPrivilegedPorts, int workerThreads) {
    List<Speaker> all = List.copyOf(speakers);
    for (Speaker speaker : all) {
      InstanceConfig config = speaker.config();
      if (config.port() > 0 && config.port() < 1024 && !allowPrivilegedPorts) {
        throw new ServeException("instance " + config.name() + ": port " + config.port()
            + " is below 1024, which needs root or CAP_NET_BIND_SERVICE; allow privileged ports"
            + " explicitly, or listen on a port such as 1179 (configure the peers with that port)");
      }
    }
    EventLoopGroup acceptors = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    EventLoopGroup workers = new MultiThreadIoEventLoopGroup(Math.max(1, workerThreads), NioIoHandler.newFactory());
    Map<String, Channel> listeners = new LinkedHashMap<>();
    BgpServer server = new BgpServer(all, acceptors, workers, listeners);
    try {
      for (Speaker speaker : all) {
        InstanceConfig config = speaker.config();
        if (listeners.containsKey(config.name())) {
          throw new ServeException("two instances are named " + config.name() + "; give each its own name");
        }
        listeners.put(config.name(), bind(speaker, acceptors, workers));
      }
    } catch (RuntimeException e) {
      server.stop(Duration.ofSeconds(2));
      throw e;
    }
    return server;
  }

  private static Channel bind(Speaker speaker, EventLoopGroup acceptors, EventLoopGroup workers) {
    InstanceConfig config = speaker.config();
    String where = config.listenAddress() + ":" + config.port();
    InetSocketAddress address;
    try {
      address = new InetSocketAddress(InetAddress.getByAddress(toBytes(config.listenAddress().bits())), config.port());
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e); // never: four octets are always an address
    }
    ServerBootstrap bootstrap = new ServerBootstrap()
        .group(acceptors, workers)
        .channel(NioServerSocketChannel.class)
        .option(ChannelOption.SO_REUSEADDR, true)
        .childOption(ChannelOption.TCP_NODELAY, true)
        .childHandler(new ChannelInitializer<SocketChannel>() {
          @Override
          protected void initChannel(SocketChannel channel) {
            channel.pipeline().addLast("frames", new BgpFrameDecoder());
            channel.pipeline().addLast("session", speaker.newSession());
          }
        });
    ChannelFuture bound = bootstrap.bind(address).awaitUninterruptibly();
    if (!bound.isSuccess()) {
      Throwable cause = bound.cause();
      String why = cause instanceof BindException ? String.valueOf(cause.getMessage()) : String.valueOf(cause);
      throw new ServeException("instance " + config.name() + " cannot listen on " + where + ": " + why
          + "; check that the address is one of this machine's (on Linux every 127.x.y.z is), that no other"
          + " BGP daemon holds the port, and that ports below 1024 are run as root", cause);
    }
    LOG.info("{} listens on {}", config.name(), bound.channel().localAddress());
    return bound.channel();
  }

  private static byte[] toBytes(int bits) {
    return new byte[] {(byte) (bits >>> 24), (byte) (bits >>> 16), (byte) (bits >>> 8), (byte) bits};
  }

  /** Where each instance listens, by instance name (the real port when 0 was asked for). */
  public Map<String, InetSocketAddress> boundAddresses() {
    Map<String, InetSocketAddress> bound = new LinkedHashMap<>();
    for (Map.Entry<String, Channel> entry : listeners.entrySet()) {
      bound.put(entry.getKey(), (InetSocketAddress) entry.getValue().localAddress());
    }
    return bound;
  }

  /** The speakers served. */
  public List<Speaker> speakers() {
    return speakers;
  }

  /**
   * A clean shutdown: stops accepting, ends every session with Cease / Administrative Shutdown
   * carrying {@code communication} (RFC 8203/9003), waits for the connections to close (at most
   * {@code timeout}), then stops the event loops.
   */
  public void shutdown(String communication, Duration timeout) {
    for (Channel listener : listeners.values()) {
      listener.close().awaitUninterruptibly(timeout.toMillis());
    }
    List<Future<?>> closing = new ArrayList<>();
    for (Speaker speaker : speakers) {
      closing.addAll(speaker.shutdown(communication));
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    for (Future<?> future : closing) {
      try {
        future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (Exception e) {
        LOG.warn("a session did not close within {}: {}", timeout, e.toString());
      }
    }
    stop(timeout);
  }

  private void stop(Duration timeout) {
    workers.shutdownGracefully(0, timeout.toMillis(), TimeUnit.MILLISECONDS).awaitUninterruptibly(timeout.toMillis());
    acceptors.shutdownGracefully(0, timeout.toMillis(), TimeUnit.MILLISECONDS)
        .awaitUninterruptibly(timeout.toMillis());
  }

  /** {@link #shutdown} with the communication "arsim serve is stopping" and 5 seconds. */
  @Override
  public void close() {
    shutdown("arsim serve is stopping", Duration.ofSeconds(5));
  }
}
