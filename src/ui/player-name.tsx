/**
 * A name that came from storage, a file or a link, shown inside a sentence: isolated (<bdi>), so a
 * right-to-left name keeps its own direction without reordering the words around it, and with
 * direction overrides removed, so it cannot disguise the sentence (a delete confirmation, say).
 */
import { withoutDirectionControls } from '../model/text-checks';

export function PlayerName(props: { text: string; id?: string; class?: string }) {
  return (
    <bdi id={props.id} class={props.class}>
      {withoutDirectionControls(props.text)}
    </bdi>
  );
}
