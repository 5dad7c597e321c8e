package io.parallax.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' {@code p:messages} as a list that stays a list: PrimeFaces gives each {@code <li>}
 * {@code role="alert"}, which takes it out of its {@code <ul>} for assistive technology (axe-core:
 * "list", serious) on every page that shows a message. Each item gets {@code aria-live} in its
 * place, so a screen reader still announces it at once.
 */
public class MessageListRenderer extends MessagesRenderer {

  @Override
  protected void encodeMessage(
      ResponseWriter writer, Messages uiMessages, FacesMessage msg, String severity, boolean escape)
      throws IOException {
    super.encodeMessage(new ListItems(writer), uiMessages, msg, severity, escape);
  }

  /** Writes everything as given except a list item's role, which becomes a live region. */
  private static final class ListItems extends ResponseWriterWrapper {

    private String element;

    ListItems(ResponseWriter wrapped) {
      super(wrapped);
    }

    @Override
    public void startElement(String name, UIComponent component) throws IOException {
      element = name;
      super.startElement(name, component);
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
      if ("li".equals(element) && "role".equals(name)) {
        super.writeAttribute("aria-live", "alert".equals(value) ? "assertive" : "polite", null);
        return;
      }
      super.writeAttribute(name, value, property);
    }
  }
}
