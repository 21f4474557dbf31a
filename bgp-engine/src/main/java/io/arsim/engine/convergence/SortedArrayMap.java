package io.arsim.engine.convergence;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * An immutable sorted map over two arrays, keys in ascending natural order and their values: what
 * a converged node's tables are frozen into. It holds no object per entry (a {@code TreeMap} holds
 * a 40-byte node per entry; Guava's {@code ImmutableSortedMap} has no way to be built from arrays
 * that are already sorted, and its builder costs an entry object per put and repeated growth — a
 * sixth of the time of converging the route server at its limits). Lookups are binary searches;
 * {@link #subMap}, {@link #headMap} and {@link #tailMap} are views sharing the arrays; equality,
 * hash code and text are {@link AbstractMap}'s, so it equals any map with the same entries.
 */
final class SortedArrayMap<K extends Comparable<? super K>, V> extends AbstractMap<K, V> implements SortedMap<K, V> {
  private static final SortedArrayMap<?, ?> EMPTY = new SortedArrayMap<>(new Comparable<?>[0], new Object[0], 0, 0);

  private final Object[] keys;
  private final Object[] values;
  private final int from;
  private final int to;

  private SortedArrayMap(Object[] keys, Object[] values, int from, int to) {
    this.keys = keys;
    this.values = values;
    this.from = from;
    this.to = to;
  }

  /** The empty map. */
  @SuppressWarnings("unchecked")
  static <K extends Comparable<? super K>, V> SortedArrayMap<K, V> empty() {
    return (SortedArrayMap<K, V>) EMPTY;
  }

  /**
   * The map of the first {@code size} keys and values; the keys must be strictly ascending and
   * neither may hold null. The arrays are taken over, not copied: the caller must not change them.
   */
  static <K extends Comparable<? super K>, V> SortedArrayMap<K, V> of(K[] keys, V[] values, int size) {
    if (size == 0) {
      return empty();
    }
    if (size > keys.length || size > values.length) {
      throw new IllegalArgumentException("size " + size + " exceeds the arrays (" + keys.length + ", "
          + values.length + ")");
    }
    for (int i = 0; i < size; i++) {
      if (keys[i] == null || values[i] == null) {
        throw new IllegalArgumentException("null key or value at " + i);
      }
      if (i > 0 && keys[i - 1].compareTo(keys[i]) >= 0) {
        throw new IllegalArgumentException("keys not strictly ascending at " + i + ": " + keys[i - 1] + ", "
            + keys[i]);
      }
    }
    return new SortedArrayMap<>(keys, values, 0, size);
  }

  @SuppressWarnings("unchecked")
  private K key(int i) {
    return (K) keys[i];
  }

  @SuppressWarnings("unchecked")
  private V value(int i) {
    return (V) values[i];
  }

  /** The index of {@code key} in [from, to), or -(insertion point) - 1. */
  @SuppressWarnings("unchecked")
  private int search(Object key) {
    return Arrays.binarySearch(keys, from, to, (K) key);
  }

  /** The first index in [from, to) whose key is not below {@code key}. */
  private int lowerBound(K key) {
    int i = search(key);
    return i >= 0 ? i : -i - 1;
  }

  @Override
  public int size() {
    return to - from;
  }

  @Override
  public boolean containsKey(Object key) {
    return key != null && search(key) >= 0;
  }

  @Override
  public @Nullable V get(Object key) {
    if (key == null) {
      return null;
    }
    int i = search(key);
    return i >= 0 ? value(i) : null;
  }

  @Override
  public Set<Entry<K, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<K, V>> iterator() {
        return new Walk<>(i -> Map.entry(key(i), value(i)));
      }

      @Override
      public int size() {
        return to - from;
      }
    };
  }

  /** The keys, ascending; a view that reads the array (no entry objects). */
  @Override
  public Set<K> keySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<K> iterator() {
        return new Walk<>(i -> key(i));
      }

      @Override
      public boolean contains(Object o) {
        return containsKey(o);
      }

      @Override
      public int size() {
        return to - from;
      }
    };
  }

  /** The values, in key order; a view that reads the array (no entry objects). */
  @Override
  public Collection<V> values() {
    return new AbstractCollection<>() {
      @Override
      public Iterator<V> iterator() {
        return new Walk<>(i -> value(i));
      }

      @Override
      public int size() {
        return to - from;
      }
    };
  }

  @Override
  public void forEach(BiConsumer<? super K, ? super V> action) {
    for (int i = from; i < to; i++) {
      action.accept(key(i), value(i));
    }
  }

  /** An iterator over [from, to) that reads element {@code i} with {@code read}. */
  private final class Walk<T> implements Iterator<T> {
    private final IntFunction<T> read;
    private int next = from;

    Walk(IntFunction<T> read) {
      this.read = read;
    }

    @Override
    public boolean hasNext() {
      return next < to;
    }

    @Override
    public T next() {
      if (next >= to) {
        throw new NoSuchElementException();
      }
      return read.apply(next++);
    }
  }

  @Override
  public @Nullable Comparator<? super K> comparator() {
    return null;
  }

  @Override
  public SortedMap<K, V> subMap(K fromKey, K toKey) {
    if (fromKey.compareTo(toKey) > 0) {
      throw new IllegalArgumentException("fromKey " + fromKey + " > toKey " + toKey);
    }
    return range(lowerBound(fromKey), lowerBound(toKey));
  }

  @Override
  public SortedMap<K, V> headMap(K toKey) {
    return range(from, lowerBound(toKey));
  }

  @Override
  public SortedMap<K, V> tailMap(K fromKey) {
    return range(lowerBound(fromKey), to);
  }

  private SortedMap<K, V> range(int start, int end) {
    return start >= end ? empty() : new SortedArrayMap<>(keys, values, start, end);
  }

  @Override
  public K firstKey() {
    if (from == to) {
      throw new NoSuchElementException("empty map");
    }
    return key(from);
  }

  @Override
  public K lastKey() {
    if (from == to) {
      throw new NoSuchElementException("empty map");
    }
    return key(to - 1);
  }
}
