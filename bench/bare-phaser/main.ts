// The baseline of the load benchmark: the smallest Phaser 4 page that draws a frame, built by the
// same Vite in the same run as the game. It marks its first rendered frame as the game does.
import Phaser from 'phaser';

class BareScene extends Phaser.Scene {
  constructor() {
    super('BareScene');
  }
  create() {
    this.add.rectangle(400, 300, 200, 120, 0xe0ad64);
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => performance.mark('first-frame'));
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'app',
  width: 800,
  height: 600,
  backgroundColor: '#1b2430',
  audio: { noAudio: true },
  scene: [BareScene],
});
