// the same builder as the first held-out set (it writes beside each .src file's src/ folder)
require('../../heldout/src/build.js');
