package io.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Sessions replicate across the cluster ({@code <distributable/>}): every session- and view-scoped
 * bean of the web module, and everything its fields can hold, must be serializable. Injected fields
 * are the container's (serializable) proxies; transient fields are rebuilt after a move.
 */
class SessionStateSerializableTest {

  @Test
  void everythingASessionHoldsIsSerializable() throws Exception {
    List<String> problems = new ArrayList<>();
    List<Class<?>> beans = sessionHeldBeans();
    for (Class<?> bean : beans) {
      if (!Serializable.class.isAssignableFrom(bean)) {
        problems.add(bean.getName() + " is not Serializable");
      }
      check(bean, bean.getSimpleName(), new HashSet<>(), problems, true);
    }

    assertThat(beans).hasSizeGreaterThan(10);
    assertThat(problems).isEmpty();
  }

  private static void check(
      Class<?> type, String path, Set<Class<?>> seen, List<String> problems, boolean bean) {
    if (!seen.add(type) || !type.getName().startsWith("io.parallax.")) {
      return; // a library's serializable class is trusted with its own fields
    }
    for (Class<?> c = type;
        c != null
            && c.getName().startsWith("io.parallax.")
            && (bean || Serializable.class.isAssignableFrom(c));
        c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        int mods = field.getModifiers();
        if (Modifier.isStatic(mods)
            || Modifier.isTransient(mods)
            || (bean && field.isAnnotationPresent(Inject.class))
            || isContainerProxy(field.getType())
            || field.isSynthetic()) {
          continue;
        }
        checkType(field.getGenericType(), path + "." + field.getName(), seen, problems);
      }
    }
  }

  private static void checkType(Type type, String path, Set<Class<?>> seen, List<String> problems) {
    if (type instanceof ParameterizedType parameterized) {
      checkType(parameterized.getRawType(), path, seen, problems);
      for (Type argument : parameterized.getActualTypeArguments()) {
        checkType(argument, path + "<>", seen, problems);
      }
    } else if (type instanceof GenericArrayType array) {
      checkType(array.getGenericComponentType(), path + "[]", seen, problems);
    } else if (type instanceof WildcardType wildcard) {
      for (Type bound : wildcard.getUpperBounds()) {
        checkType(bound, path, seen, problems);
      }
    } else if (type instanceof Class<?> c) {
      if (c.isArray()) {
        checkType(c.getComponentType(), path + "[]", seen, problems);
      } else if (c.isPrimitive() || c.isEnum() || c == Object.class) {
        return;
      } else if (c.isInterface() && c.getName().startsWith("java.")) {
        return; // a collection or map: its type arguments were checked
      } else if (!Serializable.class.isAssignableFrom(c)) {
        problems.add(path + ": " + c.getName() + " is not Serializable");
      } else {
        check(c, path, seen, problems, false);
      }
    }
  }

  /** An EJB or a normal-scoped CDI bean injected through a constructor: a serializable proxy. */
  private static boolean isContainerProxy(Class<?> type) {
    return type.isAnnotationPresent(Stateless.class)
        || type.isAnnotationPresent(Singleton.class)
        || type.isAnnotationPresent(ApplicationScoped.class)
        || type.isAnnotationPresent(RequestScoped.class);
  }

  private static List<Class<?>> sessionHeldBeans() throws IOException {
    Path classes = Path.of("target/classes");
    try (Stream<Path> files = Files.walk(classes)) {
      return files
          .filter(f -> f.toString().endsWith(".class"))
          .map(f -> classes.relativize(f).toString().replace('/', '.').replace(".class", ""))
          .map(SessionStateSerializableTest::load)
          .filter(
              c ->
                  c.isAnnotationPresent(ViewScoped.class)
                      || c.isAnnotationPresent(SessionScoped.class))
          .toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, SessionStateSerializableTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
